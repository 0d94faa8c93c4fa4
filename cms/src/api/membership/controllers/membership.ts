/**
 * Thin: count the attempt, parse with the shared schemas, answer the same for every address,
 * then let the service work once the answer has left (its timing then tells nothing either).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { forbid, refuseInvalid } from '../../../utils/validation';
import { openSession } from '../../../extensions/users-permissions/sessions';
import { joinRequestSchema, newPasswordFormSchema, z } from '@aec/config';
import { enforceRateLimit } from '../../../extensions/users-permissions/rate-limit';
import { serviceOf } from '../../../db';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => serviceOf(strapi, 'api::membership.membership');

  return {
    /** POST /api/membership/join — { record, password, passwordConfirmation, website } → { ok: true } */
    async join(ctx: Context) {
      const typed = (ctx.request.body as { record?: { identifiers?: { email?: unknown } } } | undefined)?.record
        ?.identifiers?.email;
      await enforceRateLimit(ctx, 'join', typeof typed === 'string' ? typed : null);
      const parsed = joinRequestSchema.safeParse(ctx.request.body);
      if (!parsed.success) refuseInvalid(parsed.error);
      const { record, password, passwordConfirmation, website } = parsed.data;
      const policy = newPasswordFormSchema({
        email: record.identifiers.email,
        firstName: record.identifiers.firstName,
        lastName: record.identifiers.lastName,
        city: record.address.city,
      }).safeParse({ password, passwordConfirmation });
      if (!policy.success) {
        throw new errors.ValidationError('Mot de passe refusé', {
          reason: 'password-policy',
          fields: z.flattenError(policy.error).fieldErrors,
        });
      }
      // A robot filled in the field people never see: same answer, nothing done.
      if (website.trim() !== '') {
        strapi.log.info('[adhésion] formulaire rempli par un robot (pot de miel) : ignoré');
        ctx.body = { ok: true };
        return;
      }
      ctx.res.once('finish', () => {
        setTimeout(() => {
          service()
            .register(record, password)
            .catch((error: Error) => strapi.log.error(`[adhésion] ${error.message}`));
        }, 20);
      });
      ctx.body = { ok: true };
    },

    /**
     * POST /api/membership/confirm — { code, password }: the link from the acknowledgment mail, and
     * the password chosen when joining. Confirmed, the member is logged in (as after a reset).
     */
    async confirm(ctx: Context) {
      const parsed = z.object({ code: z.string().max(300), password: z.string().max(500) }).safeParse(ctx.request.body);
      if (!parsed.success) throw new errors.ValidationError('Requête invalide', { reason: 'bad-request' });
      // A password tried against a link: as many as a reset allows.
      await enforceRateLimit(ctx, 'resetPassword', null);
      const outcome = await service().confirm(parsed.data.code, parsed.data.password);
      if (!outcome.ok)
        throw new errors.ValidationError('Lien inutilisable', {
          reason: outcome.problem === 'wrong-password' ? 'wrong-password' : `link-${outcome.problem}`,
        });
      // A volunteer may have deactivated the account meanwhile: confirmed, but not logged in.
      if (outcome.blocked) return forbid(ctx, 'Account blocked', 'blocked');
      ctx.body = await openSession(strapi, outcome.userId, false);
    },
  };
};
