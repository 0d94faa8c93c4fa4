/**
 * The admin roles of the association, created in code at every start (idempotent):
 * - Bénévole: members, second members, dues payments and members' accounts (to block or
 *   unblock), the members' CSV export and import, « Réglages de l'association »; no pages, no
 *   Strapi settings, no roles, no content types;
 * - Éditeur: pages, articles, events, rubriques, fiches and their publication, the media
 *   library; no member's personal data (not even a fiche's author account) and no dues.
 * Super Admin stays for the association's technician.
 */
import type { Core } from '@strapi/strapi';
import { uids } from '../db';
import { MEMBERS_CSV_ACTION } from '../plugins/members-csv/server/src/action';
import { MAILS_READ, MAILS_READ_ADDRESSES } from '../plugins/mails/server/src/actions';

interface Permission {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] } & Record<string, unknown>;
  conditions?: string[];
}

interface RoleDefinition {
  code: string;
  name: string;
  description: string;
  subjects: string[];
  hiddenFields?: Record<string, string[]>;
  /** Subjects the role may read but never change (the records of what happened). */
  readOnly?: string[];
  /** Subjects the role may change but never delete. */
  noDelete?: string[];
  extra?: Permission[];
}

export const ADMIN_ROLES: RoleDefinition[] = [
  {
    code: 'aec-benevole',
    name: 'Bénévole',
    description: 'Membres, deuxièmes adhérents, cotisations, relances et comptes des membres.',
    subjects: [
      uids.memberProfile,
      uids.secondMember,
      uids.duesPayment,
      uids.reminder,
      uids.reminderTemplate,
      uids.plannedReminder,
      uids.memberChange,
      uids.erasureRequest,
      uids.memberImport,
      uids.user,
      uids.associationSetting,
    ],
    // Deleting a sent reminder would send it again; the journal is a record, not a draft.
    readOnly: [uids.reminder, uids.plannedReminder, uids.memberChange, uids.memberImport],
    // A member leaves by « départ » or by erasure, which keep the journal and close the account;
    // a raw delete kept a working login on a deleted record. Payments and templates are records too.
    noDelete: [uids.memberProfile, uids.user, uids.duesPayment, uids.reminderTemplate, uids.associationSetting],
    // A volunteer never sets a member's password (she could then log in as the member): the
    // member uses « Mot de passe oublié ? », whose mail only the member reads.
    hiddenFields: {
      [uids.user]: ['password', 'resetPasswordToken', 'confirmationToken', 'provider'],
    },
    // The "Export et import des membres" page (plugins/members-csv) and « Courriels », addresses shown.
    extra: [MEMBERS_CSV_ACTION, MAILS_READ, MAILS_READ_ADDRESSES].map((action) => ({
      action,
      subject: null,
      properties: {},
      conditions: [],
    })),
  },
  {
    code: 'aec-editeur',
    name: 'Éditeur',
    description: 'Pages, actualités, agenda, rubriques, et relecture des fiches des membres.',
    subjects: [uids.page, uids.article, uids.event, uids.rubrique, uids.fiche],
    hiddenFields: { [uids.fiche]: ['author'] },
    extra: [
      'plugin::upload.read',
      'plugin::upload.assets.create',
      'plugin::upload.assets.update',
      'plugin::upload.assets.download',
      'plugin::upload.assets.copy-link',
      // « Courriels », addresses masked: a fiche's author asks whether the moderation mail left.
      MAILS_READ,
    ].map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
  },
];

interface RoleService {
  create: (attributes: { name: string; code: string; description: string }) => Promise<{ id: number }>;
  assignPermissions: (roleId: number, permissions: Permission[]) => Promise<unknown>;
}

interface ContentTypeService {
  getPermissionsWithNestedFields: (actions: unknown[], options?: { restrictedSubjects?: string[] }) => Permission[];
}

export async function syncAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const contentTypes = strapi.service('admin::content-type') as unknown as ContentTypeService;
  const actionProvider = (
    strapi.service('admin::permission') as unknown as { actionProvider: { values: () => Array<{ section: string }> } }
  ).actionProvider;
  const contentTypeActions = actionProvider.values().filter((action) => action.section === 'contentTypes');
  const all = contentTypes.getPermissionsWithNestedFields(contentTypeActions);

  for (const definition of ADMIN_ROLES) {
    const existing = await strapi.db.query('admin::role').findOne({ where: { code: definition.code } });
    const role =
      existing ??
      (await roles.create({ name: definition.name, code: definition.code, description: definition.description }));
    const permissions = all
      .filter((permission) => permission.subject && definition.subjects.includes(permission.subject))
      .filter(
        (permission) =>
          !definition.readOnly?.includes(permission.subject ?? '') ||
          permission.action === 'plugin::content-manager.explorer.read',
      )
      .filter(
        (permission) =>
          !definition.noDelete?.includes(permission.subject ?? '') ||
          permission.action !== 'plugin::content-manager.explorer.delete',
      )
      .map((permission) => {
        const hidden = definition.hiddenFields?.[permission.subject ?? ''];
        if (!hidden || !permission.properties?.fields) return { ...permission, conditions: [] };
        return {
          ...permission,
          properties: {
            ...permission.properties,
            fields: permission.properties.fields.filter((f) => !hidden.includes(f)),
          },
          conditions: [],
        };
      });
    await roles.assignPermissions(role.id, [...permissions, ...(definition.extra ?? [])]);
  }
}
