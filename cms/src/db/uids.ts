/**
 * The content types and plugin models the code reads or writes, by one name each: a typo is a
 * compile error, and renaming a type is one line.
 */
export const uids = {
  article: 'api::article.article',
  associationSetting: 'api::association-setting.association-setting',
  authToken: 'api::auth-token.auth-token',
  duesPayment: 'api::dues-payment.dues-payment',
  erasureRequest: 'api::erasure-request.erasure-request',
  event: 'api::event.event',
  fiche: 'api::fiche.fiche',
  memberChange: 'api::member-change.member-change',
  memberImport: 'api::member-import.member-import',
  memberProfile: 'api::member-profile.member-profile',
  page: 'api::page.page',
  plannedReminder: 'api::planned-reminder.planned-reminder',
  reminder: 'api::reminder.reminder',
  reminderTemplate: 'api::reminder-template.reminder-template',
  rubrique: 'api::rubrique.rubrique',
  secondMember: 'api::second-member.second-member',
  file: 'plugin::upload.file',
  permission: 'plugin::users-permissions.permission',
  role: 'plugin::users-permissions.role',
  user: 'plugin::users-permissions.user',
  session: 'admin::session',
} as const;

export type KnownUid = (typeof uids)[keyof typeof uids];
