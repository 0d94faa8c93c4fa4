import type { Core } from '@strapi/strapi';
import { registerNotifyAuthor } from './api/fiche/document-middlewares/notify-author';
import { registerLeaveReviewQueue } from './api/fiche/document-middlewares/leave-review-queue';
import { registerSlugFromTitle } from './document-middlewares/slug-from-title';
import { refreshTitles, registerEntryTitles } from './document-middlewares/entry-titles';
import { registerSearchText } from './api/fiche/document-middlewares/search-text';
import { registerDeleteOrphanImages } from './api/fiche/document-middlewares/delete-orphan-images';
import { scheduleDailyReminders } from './api/reminder/services/daily-run';
import { registerRefreshDueDate } from './api/dues-payment/document-middlewares/refresh-due-date';
import { registerPlanOnRead } from './api/planned-reminder/document-middlewares/plan-on-read';
import { registerProposePeriodAndAmount } from './api/dues-payment/document-middlewares/propose-period-and-amount';
import { registerRequireMemberAndAmount } from './api/dues-payment/document-middlewares/require-member-and-amount';
import { registerErasureProcessing } from './api/erasure-request/document-middlewares/process';
import { registerWriteReminderTemplates } from './api/association-setting/document-middlewares/write-reminder-templates';
import { registerCheckSettings } from './api/association-setting/document-middlewares/check-settings';
import { registerJournal } from './api/member-change/document-middlewares/journal';
import { registerPasswordChanges } from './extensions/users-permissions/password-changes';
import { scheduleHourlySweep } from './extensions/users-permissions/rate-limit';
import { registerAssignIdentifiers } from './api/member-profile/document-middlewares/assign-identifiers';
import { backfillAccountMirror, registerAccountMirror } from './api/member-profile/document-middlewares/account-mirror';
import { registerApplyNameConsent } from './api/member-profile/document-middlewares/apply-name-consent';
import { registerWelcomeMails } from './api/member-import/services/welcome-mails';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { outboxSettings, startOutbox } from './mail/outbox';
import { scheduleStaffDigests } from './mail/staff-digest';
import { stopQueue } from './queue';
import { syncAdminRoles } from './bootstrap/admin-roles';
import { seedDemoData } from './bootstrap/demo-data';
import { ensureIndexes } from './bootstrap/indexes';
import { syncRolePermissions } from './bootstrap/permissions';
import { applyUsersPermissionsSettings } from './bootstrap/users-permissions-settings';
import { cmsEnv } from './env';
import { serviceOf, settleAfterCommit } from './db';
import { ensureCounters, ensureNumbers } from './db/counters';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    const retries = cmsEnv().MAIL_RETRY_DELAYS_MS;
    if (retries) outboxSettings.retryDelaysMs = retries;
    registerWelcomeMails();
    await startOutbox(strapi);
    registerAssignIdentifiers(strapi);
    registerAccountMirror(strapi);
    registerApplyNameConsent(strapi);
    registerJournal(strapi);
    registerPasswordChanges(strapi);
    registerErasureProcessing(strapi);
    registerNotifyAuthor(strapi);
    registerLeaveReviewQueue(strapi);
    registerSlugFromTitle(strapi);
    registerSearchText(strapi);
    registerDeleteOrphanImages(strapi);
    registerProposePeriodAndAmount(strapi);
    registerRequireMemberAndAmount(strapi);
    registerRefreshDueDate(strapi);
    registerPlanOnRead(strapi);
    registerCheckSettings(strapi);
    registerWriteReminderTemplates(strapi);
    registerEntryTitles(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await syncRolePermissions(strapi);
    await applyUsersPermissionsSettings(strapi);
    await syncAdminRoles(strapi);
    await applyAdminLabels(strapi);
    await ensureIndexes(strapi);
    await ensureCounters(strapi);
    await ensureNumbers(strapi);
    await backfillAccountMirror(strapi);
    await refreshTitles(strapi, 'missing');
    await serviceOf(strapi, 'api::association-setting.association-setting').ensure();
    const reminders = serviceOf(strapi, 'api::reminder.reminder');
    await reminders.ensureTemplates();
    if (cmsEnv().demoData) await seedDemoData(strapi);
    // Not in tests: they run the day's reminders themselves, with the clock they choose.
    if (cmsEnv().NODE_ENV !== 'test') {
      await scheduleDailyReminders(strapi);
      await scheduleStaffDigests(strapi);
      await scheduleHourlySweep(strapi);
    }
  },

  async destroy() {
    await settleAfterCommit();
    await stopQueue();
  },
};
