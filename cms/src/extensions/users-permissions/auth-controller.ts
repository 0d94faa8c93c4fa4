/**
 * Our versions of users-permissions' login, forgot/reset and change-password handlers.
 * Thin: read the body, count the attempt, call the work, answer. Errors carry a `reason` in
 * `details` that the site turns into the right French sentence.
 */
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { emailSchema, newPasswordFormSchema, z } from '@aec/config';
import { afterLogin, beforeLogin, checkRateLimit, enforceRateLimit as limit } from './rate-limit';
import { callerGone } from '../../utils/line';
import { checkPasswordInLine, DUMMY_HASH } from './password-line';
import { authTokens } from '../../api/auth-token/services/auth-token';
import { handleForgotPassword } from './password-reset';
import { personalContext } from './password-changes';
import { openSession, revokeSessionFamily } from './sessions';
import { sendConfirmationAgain } from '../../api/membership/services/membership';
import { uids } from '../../db';
import { forbid } from '../../utils/validation';

const loginBody = z.object({
  identifier: z.string().max(254),
  password: z.string().max(500),
  remember: z.boolean().optional().default(false),
});

const resetBody = z.object({
  code: z.string().max(300),
  password: z.string().max(500),
  passwordConfirmation: z.string().max(500),
});

const changeBody = z.object({
  currentPassword: z.string().max(500),
  password: z.string().max(500),
  passwordConfirmation: z.string().max(500),
  remember: z.boolean().optional().default(false),
});

function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body ?? {});
  if (!result.success) throw new errors.ValidationError('Requête invalide', { reason: 'bad-request' });
  return result.data;
}

function passwordProblems(
  password: string,
  passwordConfirmation: string,
  context: Awaited<ReturnType<typeof personalContext>>,
) {
  const result = newPasswordFormSchema(context).safeParse({ password, passwordConfirmation });
  return result.success ? null : z.flattenError(result.error).fieldErrors;
}

/** Nothing is written: the connection is closed. */
function abandon(ctx: Context): void {
  ctx.respond = false;
}

export function createAuthController(strapi: Core.Strapi) {
  const users = () => strapi.db.query(uids.user);

  return {
    /** POST /api/auth/local — { identifier, password, remember } */
    async callback(ctx: Context) {
      const { provider } = ctx.params as { provider?: string };
      if (provider && provider !== 'local') return ctx.notFound();
      const body = parse(loginBody, ctx.request.body);
      const identifier = body.identifier.trim().toLowerCase();
      await beforeLogin(ctx, 'login', identifier);

      const user = identifier ? await users().findOne({ where: { email: identifier, provider: 'local' } }) : null;
      const valid = await checkPasswordInLine(body.password, (user?.password as string | undefined) ?? DUMMY_HASH, () =>
        callerGone(ctx),
      );
      // The site gave up waiting: no one to answer, and nothing learnt.
      if (valid === null) {
        await afterLogin(ctx, 'login', identifier, 'abandoned');
        return abandon(ctx);
      }
      const succeeded = Boolean(user?.password && valid);
      await afterLogin(ctx, 'login', identifier, succeeded ? 'succeeded' : 'failed');
      if (!user || !succeeded) {
        throw new errors.ValidationError('Invalid identifier or password', { reason: 'invalid-credentials' });
      }
      // Only now, with the right password, may we say the account is deactivated.
      if (user.blocked) {
        return forbid(ctx, 'Account blocked', 'blocked');
      }

      // A new member who has not yet answered the confirmation mail: a fresh link goes out, a few
      // times an hour at most; past that, the member is told to look for the last one sent (this
      // answer comes only with the right password: it tells nothing to anyone else).
      if (!user.confirmed) {
        if ((await checkRateLimit(ctx, 'confirmResend', user.email)) !== null)
          return forbid(ctx, 'Address not confirmed', 'unconfirmed-link-recent');
        await sendConfirmationAgain(strapi, user.id, user.email);
        return forbid(ctx, 'Address not confirmed', 'unconfirmed');
      }

      const session = await openSession(strapi, user.id, body.remember);
      ctx.body = { ...session, user: { id: user.id, email: user.email } };
    },

    /** POST /api/auth/forgot-password — { email }; always { ok: true }. */
    async forgotPassword(ctx: Context) {
      const email = emailSchema.safeParse((ctx.request.body as { email?: unknown } | undefined)?.email);
      if (!email.success) throw new errors.ValidationError('Adresse invalide', { reason: 'bad-request' });
      await limit(ctx, 'forgotPassword', email.data);
      // Answer first: the lookup and the mail start once the answer has left, so neither its
      // content nor its timing depends on the address. (The short delay also keeps SQLite's
      // synchronous queries from holding up a client that shares this process, as in tests.)
      ctx.res.once('finish', () => {
        setTimeout(() => {
          handleForgotPassword(strapi, email.data).catch((error: Error) =>
            strapi.log.error(`[mot de passe oublié] ${error.message}`),
          );
        }, 20);
      });
      ctx.body = { ok: true };
    },

    /** POST /api/auth/reset-password — { code, password, passwordConfirmation } */
    async resetPassword(ctx: Context) {
      const body = parse(resetBody, ctx.request.body);
      await limit(ctx, 'resetPassword', null);
      const tokens = authTokens(strapi);
      const checked = await tokens.check(body.code, 'reset-password');
      if (!checked.ok) throw new errors.ValidationError('Lien inutilisable', { reason: `link-${checked.problem}` });

      const context = await personalContext(strapi, checked.userId);
      const problems = passwordProblems(body.password, body.passwordConfirmation, context);
      // A refused password does not use up the link: the member corrects and tries again.
      if (problems)
        throw new errors.ValidationError('Mot de passe refusé', { reason: 'password-policy', fields: problems });
      if (!(await tokens.consume(checked.id)))
        throw new errors.ValidationError('Lien inutilisable', { reason: 'link-used' });

      // The link came by mail: the address is proven, as the join confirmation would have.
      await strapi
        .plugin('users-permissions')
        .service('user')
        .edit(checked.userId, { password: body.password, confirmed: true });
      // The account's own write closes every session and tells the member (password-changes.ts).
      const session = await openSession(strapi, checked.userId, false);
      ctx.body = session;
    },

    /** POST /api/auth/reset-password/check — { code }: lets the page explain a dead link before anything is typed. */
    async checkResetLink(ctx: Context) {
      const { code } = parse(z.object({ code: z.string().max(300) }), ctx.request.body);
      await limit(ctx, 'resetPassword', null);
      const checked = await authTokens(strapi).check(code, 'reset-password');
      ctx.body = checked.ok ? { valid: true } : { valid: false, reason: `link-${checked.problem}` };
    },

    /** POST /api/auth/change-password (logged in) — { currentPassword, password, passwordConfirmation, remember } */
    async changePassword(ctx: Context) {
      const member = ctx.state.user as { id: number; email: string } | undefined;
      if (!member) return ctx.unauthorized();
      const body = parse(changeBody, ctx.request.body);
      await limit(ctx, 'changePassword', member.email);
      const user = await users().findOne({ where: { id: member.id }, select: ['id', 'password', 'email'] });
      const valid = user?.password
        ? await checkPasswordInLine(body.currentPassword, user.password as string, () => callerGone(ctx))
        : false;
      if (valid === null) return abandon(ctx);
      if (!valid) {
        throw new errors.ValidationError('Mot de passe actuel incorrect', { reason: 'wrong-current-password' });
      }
      const context = await personalContext(strapi, member.id);
      const problems = passwordProblems(body.password, body.passwordConfirmation, context);
      if (problems)
        throw new errors.ValidationError('Mot de passe refusé', { reason: 'password-policy', fields: problems });

      // The account's own write closes every session and tells the member (password-changes.ts).
      await strapi.plugin('users-permissions').service('user').edit(member.id, { password: body.password });
      const session = await openSession(strapi, member.id, body.remember);
      ctx.body = session;
    },

    /**
     * POST /api/auth/logout (logged in) — { refreshToken? }: closes the session of the access
     * token and of the refresh token, with every session they were refreshed from or into.
     */
    async logout(ctx: Context) {
      const member = ctx.state.user as { id: number } | undefined;
      if (!member) return ctx.unauthorized();
      const manager = strapi.sessionManager('users-permissions');
      const sessionIds: string[] = [];
      const bearer = /^Bearer\s+(\S+)$/i.exec(ctx.get('authorization'))?.[1];
      const access = bearer ? manager.validateAccessToken(bearer) : null;
      if (access?.isValid && access.payload?.sessionId) sessionIds.push(String(access.payload.sessionId));
      const refreshToken = (ctx.request.body as { refreshToken?: unknown } | undefined)?.refreshToken;
      if (typeof refreshToken === 'string' && refreshToken.length < 2000) {
        const refresh = await manager.validateRefreshToken(refreshToken);
        if (refresh.isValid && refresh.userId === String(member.id)) sessionIds.push(refresh.sessionId);
      }
      await revokeSessionFamily(strapi, member.id, sessionIds);
      ctx.body = { ok: true };
    },
  };
}
