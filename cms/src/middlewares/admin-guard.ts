/**
 * The admin panel's doors, held as the members' are: its login counts failures per account as
 * well as per address (Strapi's own limit is per address and e-mail together, which spreading
 * the guesses over many addresses escapes), and a password chosen for an admin follows at
 * least the members' policy (Strapi's own asks for 8 characters). Strapi's own limiter is off:
 * forgotten and reset admin passwords are counted here too.
 */
import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';
import { messages, passwordContainsPersonalData, passwordSchema } from '@aec/config';
import { afterLogin, beforeLogin, enforceRateLimit } from '../extensions/users-permissions/rate-limit';

/** The admin routes that set a password, and where the password is in their body. */
const PASSWORD_ROUTES: Array<{ method: string; path: RegExp; at: (body: AdminBody) => AdminBody | undefined }> = [
  { method: 'POST', path: /^\/admin\/register-admin$/, at: (body) => body },
  { method: 'POST', path: /^\/admin\/register$/, at: (body) => body.userInfo },
  { method: 'POST', path: /^\/admin\/reset-password$/, at: (body) => body },
  { method: 'PUT', path: /^\/admin\/users\/me$/, at: (body) => body },
  { method: 'PUT', path: /^\/admin\/users\/[^/]+$/, at: (body) => body },
];

interface AdminBody {
  email?: unknown;
  password?: unknown;
  firstname?: unknown;
  lastname?: unknown;
  userInfo?: AdminBody;
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

function checkPassword(ctx: Context): void {
  const route = PASSWORD_ROUTES.find((candidate) => candidate.method === ctx.method && candidate.path.test(ctx.path));
  if (!route) return;
  const body = route.at((ctx.request.body ?? {}) as AdminBody);
  if (body?.password === undefined) return;
  const parsed = passwordSchema.safeParse(body.password);
  const problem = parsed.success
    ? passwordContainsPersonalData(parsed.data, {
        email: text(body.email),
        firstName: text(body.firstname),
        lastName: text(body.lastname),
      })
      ? messages.password.personal
      : null
    : (parsed.error.issues[0]?.message ?? 'Mot de passe refusé');
  if (problem) throw new errors.ValidationError(problem, { errors: [{ path: ['password'], message: problem }] });
}

export default () => {
  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith('/admin/')) return next();
    checkPassword(ctx);
    // Strapi's own limiter is off (config/admin.ts): these two are counted here, as the members' are.
    if (ctx.method === 'POST' && ctx.path === '/admin/forgot-password')
      await enforceRateLimit(ctx, 'forgotPassword', text((ctx.request.body as AdminBody | undefined)?.email));
    if (ctx.method === 'POST' && (ctx.path === '/admin/reset-password' || ctx.path === '/admin/register'))
      await enforceRateLimit(ctx, 'resetPassword', null);
    if (ctx.method !== 'POST' || ctx.path !== '/admin/login') return next();
    const email = text((ctx.request.body as AdminBody | undefined)?.email)?.slice(0, 254) ?? '';
    await beforeLogin(ctx, 'adminLogin', email);
    let succeeded = false;
    try {
      await next();
      succeeded = ctx.status === 200;
    } finally {
      // A wrong password is thrown as an error: it counts all the same.
      await afterLogin(ctx, 'adminLogin', email, succeeded ? 'succeeded' : 'failed');
    }
  };
};
