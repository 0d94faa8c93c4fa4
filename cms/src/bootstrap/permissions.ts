/**
 * The users-permissions roles' rights, set in code at every start: what is listed here is
 * granted, anything else is revoked. A volunteer ticking a box in the admin cannot open a hole
 * that survives a restart.
 *
 * Never grant the Authenticated role user.update/find/findOne/create/destroy: users-permissions
 * does not check ownership there and accepts a `role` change (see DEVELOPERS.md).
 */
import type { Core } from '@strapi/strapi';
import { uids } from '../db';

const PUBLIC_CONTENT = [
  ...['page', 'article', 'event', 'rubrique', 'fiche'].flatMap((type) => [
    `api::${type}.${type}.find`,
    `api::${type}.${type}.findOne`,
  ]),
  'api::fiche.listing.byRubrique',
  'api::preview.preview.findOne',
  'api::association-setting.association-setting.dues',
  'api::association-setting.association-setting.identity',
];

/** Logging in, refreshing a session, asking for and using a reset link. No register, no confirmation mails. */
const PUBLIC_AUTH = [
  'plugin::users-permissions.auth.callback',
  'plugin::users-permissions.auth.forgotPassword',
  'plugin::users-permissions.auth.resetPassword',
  'plugin::users-permissions.auth.checkResetLink',
  'plugin::users-permissions.auth.refresh',
  'plugin::users-permissions.auth.logout',
];

export const ROLE_PERMISSIONS: Record<'public' | 'authenticated', readonly string[]> = {
  // Confirming a new address needs only the link's token: it may be opened on another device.
  public: [
    ...PUBLIC_AUTH,
    ...PUBLIC_CONTENT,
    'api::me.me.confirmEmailChange',
    'api::membership.membership.join',
    'api::membership.membership.confirm',
    'api::contact.contact.send',
  ],
  authenticated: [
    ...PUBLIC_AUTH,
    ...PUBLIC_CONTENT,
    'plugin::users-permissions.user.me',
    'plugin::users-permissions.auth.changePassword',
    'api::contact.contact.send',
    'api::me.me.account',
    'api::me.me.updateProfile',
    'api::me.me.confirmEmailChange',
    'api::me.me.declareTransfer',
    'api::me.me.exportData',
    'api::me.me.requestErasure',
    ...['list', 'findOne', 'create', 'update', 'remove', 'addImage'].map((action) => `api::me.fiches.${action}`),
  ],
};

/** Actions that must never reach a member, whatever anyone clicks. Checked by the tests. */
export const FORBIDDEN_FOR_MEMBERS = [
  'plugin::users-permissions.user.update',
  'plugin::users-permissions.user.find',
  'plugin::users-permissions.user.findOne',
  'plugin::users-permissions.user.create',
  'plugin::users-permissions.user.destroy',
  'plugin::users-permissions.user.count',
  'plugin::users-permissions.auth.register',
  'plugin::users-permissions.auth.sendEmailConfirmation',
];

export async function syncRolePermissions(strapi: Core.Strapi): Promise<void> {
  for (const [type, wanted] of Object.entries(ROLE_PERMISSIONS)) {
    const role = await strapi.db.query(uids.role).findOne({ where: { type } });
    if (!role) throw new Error(`users-permissions role "${type}" is missing`);
    const existing: Array<{ id: number; action: string }> = await strapi.db
      .query(uids.permission)
      .findMany({ where: { role: role.id } });
    const have = new Set(existing.map((permission) => permission.action));
    const want = new Set(wanted);
    const extra = existing.filter((permission) => !want.has(permission.action)).map((permission) => permission.id);
    if (extra.length > 0) await strapi.db.query(uids.permission).deleteMany({ where: { id: { $in: extra } } });
    for (const action of wanted) {
      if (!have.has(action)) await strapi.db.query(uids.permission).create({ data: { action, role: role.id } });
    }
  }
}
