/**
 * A member's password changed, by whatever path (the member's own forms, a reset link, the
 * admin panel, a script): every session of the account is closed, the change is written in
 * the journal, and the member is told by mail. Done here, on the account's own write, so that
 * no path can forget it. (Imports nothing that loads Strapi: src/index.ts registers it.)
 */
import type { Core } from '@strapi/strapi';
import { closeAllSessions } from './sessions';
import { sendInBackground } from '../../mail/outbox';
import { mailsOf } from '../../mail/templates.fr';
import { actorOf } from '../../api/member-change/document-middlewares/journal';
import { uids } from '../../db';

interface UpdateEvent {
  params: { data?: Record<string, unknown>; where?: Record<string, unknown> };
  result?: { id?: number } | null;
  state: Record<string, unknown>;
}

/** What the password must not contain: the member's names, e-mail and city. */
export async function personalContext(strapi: Core.Strapi, userId: number) {
  const user = await strapi.db.query(uids.user).findOne({ where: { id: userId }, select: ['email'] });
  const profile = await strapi.db.query(uids.memberProfile).findOne({
    where: { user: userId },
    select: ['firstName', 'lastName'],
    populate: { address: { select: ['city'] } },
  });
  return {
    email: (user?.email as string | undefined) ?? null,
    firstName: (profile?.firstName as string | undefined) ?? null,
    lastName: (profile?.lastName as string | undefined) ?? null,
    city: (profile?.address?.city as string | undefined) ?? null,
  };
}

export async function notifyPasswordChanged(strapi: Core.Strapi, email: string, firstName: string | null) {
  sendInBackground(strapi, email, (await mailsOf(strapi)).passwordChanged({ firstName }));
}

export function registerPasswordChanges(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [uids.user],
    beforeUpdate(event: UpdateEvent) {
      event.state.passwordChanged = typeof event.params.data?.password === 'string';
    },
    async afterUpdate(event: UpdateEvent) {
      const userId = event.result?.id;
      if (!event.state.passwordChanged || !userId) return;
      // At once, before whoever changed it opens a new session for the member.
      await closeAllSessions(strapi, userId);
      const profile = await strapi.db.query(uids.memberProfile).findOne({ where: { user: userId }, select: ['id'] });
      if (profile) {
        await strapi.db.query(uids.memberChange).create({
          data: {
            profile: profile.id,
            at: new Date(),
            ...actorOf(strapi),
            subject: 'compte',
            action: 'modification',
            changes: [{ field: 'password', before: null, after: null }],
            summary: 'Mot de passe changé',
          },
        });
      }
      const context = await personalContext(strapi, userId);
      if (context.email) await notifyPasswordChanged(strapi, context.email, context.firstName);
    },
  });
}
