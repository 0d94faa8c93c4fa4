/**
 * Thin: who is asking (from the token), what they sent (parsed with the shared schemas),
 * then the service does the work and the answer is an allow-list (MemberAccount).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { refuseInvalid } from '../../../utils/validation';
import { enforceRateLimit } from '../../../extensions/users-permissions/rate-limit';
import { duesDeclarationSchema, memberRecordSchema, z } from '@aec/config';
import { serviceOf } from '../../../db';

interface AuthenticatedUser {
  id: number;
  email: string;
}

type MeContext = Context & { state: { user?: AuthenticatedUser } };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => serviceOf(strapi, 'api::me.me');
  const me = (ctx: MeContext): AuthenticatedUser => {
    if (!ctx.state.user) throw new errors.UnauthorizedError('Connexion requise');
    return ctx.state.user;
  };

  return {
    /** Everything "Mon compte" shows, in one round trip. */
    async account(ctx: MeContext) {
      const account = await service().account(me(ctx));
      if (!account) return ctx.notFound('Aucune fiche membre pour ce compte.');
      ctx.body = { data: account };
    },

    /** ÉTAPE 4 « validation »: the whole record at once. Unknown keys (dues, role…) are dropped by the schema. */
    async updateProfile(ctx: MeContext) {
      const user = me(ctx);
      const parsed = memberRecordSchema.safeParse((ctx.request.body as { data?: unknown } | undefined)?.data);
      if (!parsed.success) refuseInvalid(parsed.error);
      // A new login address sends two mails, one to an address the member types: a few an hour.
      if (parsed.data.identifiers.email !== user.email.toLowerCase())
        await enforceRateLimit(ctx, 'emailChange', user.email);
      const result = await service().updateProfile(user, parsed.data);
      if (!result) return ctx.notFound('Aucune fiche membre pour ce compte.');
      ctx.body = { data: result.account, meta: { emailChangePending: result.emailChangePending } };
    },

    /** The link from the mail sent to the new address. The token is the proof; no session needed. */
    async confirmEmailChange(ctx: Context) {
      const parsed = z.object({ code: z.string().max(300) }).safeParse(ctx.request.body);
      if (!parsed.success) throw new errors.ValidationError('Requête invalide', { reason: 'bad-request' });
      const outcome = await service().confirmEmailChange(parsed.data.code);
      if (!outcome.ok) throw new errors.ValidationError('Lien inutilisable', { reason: outcome.reason });
      ctx.body = { ok: true };
    },

    /** "J'ai fait mon virement". */
    async declareTransfer(ctx: MeContext) {
      const user = me(ctx);
      const parsed = duesDeclarationSchema.safeParse(ctx.request.body);
      if (!parsed.success) refuseInvalid(parsed.error);
      const account = await service().declareTransfer(user, parsed.data.transferDate);
      if (!account) return ctx.notFound('Aucune fiche membre pour ce compte.');
      ctx.body = { data: account };
    },

    /** "Télécharger mes données". */
    async exportData(ctx: MeContext) {
      const data = await service().exportData(me(ctx));
      if (!data) return ctx.notFound('Aucune fiche membre pour ce compte.');
      ctx.body = { data };
    },

    /** Asks the volunteers to erase the member's data (they process it: accounting records are kept). */
    async requestErasure(ctx: MeContext) {
      await service().requestErasure(me(ctx));
      ctx.body = { ok: true };
    },
  };
};
