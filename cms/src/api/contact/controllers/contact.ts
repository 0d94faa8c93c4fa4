/**
 * The contact form: counted per client address and per sender, parsed with the shared schema,
 * sent to the association with the sender as Reply-To. A filled honeypot gets the same answer.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { refuseInvalid } from '../../../utils/validation';
import { contactRequestSchema } from '@aec/config';
import { enforceRateLimit } from '../../../extensions/users-permissions/rate-limit';
import { serviceOf, uids } from '../../../db';
import { sendInBackground } from '../../../mail/outbox';
import { mailsFor } from '../../../mail/templates.fr';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/contact/messages — { name, email, subject, message, website } → { ok: true } */
  async send(ctx: Context) {
    const typed = (ctx.request.body as { email?: unknown } | undefined)?.email;
    await enforceRateLimit(ctx, 'contact', typeof typed === 'string' ? typed : null);
    const parsed = contactRequestSchema.safeParse(ctx.request.body);
    if (!parsed.success) refuseInvalid(parsed.error);
    const { website, ...message } = parsed.data;
    if (website.trim() !== '') {
      strapi.log.info('[contact] formulaire rempli par un robot (pot de miel) : ignoré');
    } else {
      const identity = await serviceOf(strapi, uids.associationSetting).identity();
      sendInBackground(strapi, identity.contactEmail, mailsFor(identity).contactMessage(message));
    }
    ctx.body = { ok: true };
  },
});
