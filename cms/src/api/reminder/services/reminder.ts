/**
 * The daily dues reminders (a pg-boss schedule, daily-run.ts). Who gets which step is
 * decided by reminderDue() from config/ (tested over a simulated year); this service reads the
 * members, fills in the volunteers' templates, sends one mail per membership (a couple gets
 * one, to the address that logs in), and records each reminder so that none goes twice.
 * After the last step, the member is marked "à désactiver": a volunteer decides.
 */
import { factories } from '@strapi/strapi';
import {
  duesAmountCents,
  formatDateFr,
  formatEuros,
  isLastStep,
  NO_DUES_STEP,
  reminderDue,
  reminderKey,
  type AssociationSettings,
  type ReminderStep,
} from '@aec/config';
import { cmsEnv } from '../../../env';
import { queueMail } from '../../../mail/outbox';
import { defaultWording } from '../../../mail/reminder-templates.fr';
import { mailsFor } from '../../../mail/templates.fr';
import { chunks, columnOf, columnsOf, createRows, linkRows, serviceOf, tableOf, uids, updateRows } from '../../../db';

export interface PlannedReminder {
  profileId: number;
  name: string;
  email: string;
  dueDate: string;
  step: ReminderStep;
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(prenom|echeance|montant|reference|lien)\}/g, (_, name: string) => values[name] ?? '');
}

export default factories.createCoreService(uids.reminder, ({ strapi }) => ({
  /** Writes the default wording of each step of the calendar into "Modèle de relance" when missing. */
  async ensureTemplates(): Promise<void> {
    const { reminderSteps } = await serviceOf(strapi, uids.associationSetting).current();
    for (const step of [...reminderSteps, NO_DUES_STEP]) {
      const existing = await strapi.db
        .query(uids.reminderTemplate)
        .findOne({ where: { stepKey: step.key }, select: ['id'] });
      const wording = defaultWording(step);
      if (existing || !wording) continue;
      await strapi.db
        .query(uids.reminderTemplate)
        .create({ data: { stepKey: step.key, label: step.label, ...wording } });
    }
  },

  /** Who would receive which reminder on `today` (the dry run, and the first half of run()). */
  async plan(today: string, settings?: AssociationSettings): Promise<PlannedReminder[]> {
    const steps = (settings ?? (await serviceOf(strapi, uids.associationSetting).current())).reminderSteps;
    const profiles = await strapi.db.query(uids.memberProfile).findMany({
      select: [
        'joinedOn',
        'createdAt',
        'id',
        'firstName',
        'lastName',
        'nextDueDate',
        'honorary',
        'transferDeclared',
        'accountBlocked',
        'accountEmail',
      ],
      populate: { reminders: { select: ['stepKey', 'dueDate'] } },
    });
    return profiles.flatMap((profile) => {
      const next = profile.nextDueDate ? String(profile.nextDueDate) : null;
      // Joined on the day given (an import may give none): else the day the record was made.
      const joinedOn = profile.joinedOn
        ? String(profile.joinedOn)
        : new Date(String(profile.createdAt)).toISOString().slice(0, 10);
      const sent = new Set(
        ((profile.reminders ?? []) as Array<{ stepKey: string; dueDate: string }>).map((r) =>
          reminderKey(String(r.dueDate), r.stepKey),
        ),
      );
      const step = reminderDue(
        {
          dueDate: next,
          joinedOn,
          honorary: Boolean(profile.honorary),
          transferDeclared: Boolean(profile.transferDeclared),
          blocked: Boolean(profile.accountBlocked),
          sent,
        },
        steps,
        today,
      );
      if (!step || !profile.accountEmail) return [];
      // The reminder of a member with no dues is dated by the joining day.
      const dueDate = next ?? joinedOn;
      return [
        {
          profileId: profile.id as number,
          name: `${profile.firstName} ${profile.lastName}`,
          email: String(profile.accountEmail),
          dueDate,
          step,
        },
      ];
    });
  },

  /**
   * The dry run volunteers read in the admin ("Relance prévue demain"): who would receive
   * which reminder on `day`. Replaced whole, under a lock: two instances never interleave.
   */
  async refreshPlan(day: string): Promise<number> {
    const planned = await this.plan(day);
    // Unchanged, left as it is: the admin's « last edited entries » would fill with its rows.
    const key = (row: { email: unknown; stepLabel: unknown; dueDate: unknown; plannedFor: unknown }) =>
      [row.email, row.stepLabel, String(row.dueDate), String(row.plannedFor)].join('|');
    const kept = await strapi.db
      .query(uids.plannedReminder)
      .findMany({ select: ['email', 'stepLabel', 'dueDate', 'plannedFor'] });
    const wanted = planned.map((r) =>
      key({ email: r.email, stepLabel: r.step.label, dueDate: r.dueDate, plannedFor: day }),
    );
    if (kept.length === wanted.length && kept.map(key).sort().join('\n') === [...wanted].sort().join('\n'))
      return planned.length;
    await strapi.db.transaction(async ({ trx }) => {
      await trx.raw("SELECT pg_advisory_xact_lock(hashtext('aec:planned-reminders'))");
      await strapi.db.query(uids.plannedReminder).deleteMany({ where: {} });
      // In bulk: after a large import, thousands of lines, where one insert each kept the lock for seconds.
      for (const batch of chunks(planned)) {
        const ids = await createRows(
          strapi,
          trx,
          uids.plannedReminder,
          batch.map((reminder) => ({
            plannedFor: day,
            stepLabel: reminder.step.label,
            dueDate: reminder.dueDate,
            email: reminder.email,
            memberName: reminder.name,
          })),
        );
        await linkRows(
          strapi,
          trx,
          uids.plannedReminder,
          'profile',
          batch.map((reminder, i) => [ids[i]!, reminder.profileId]),
        );
      }
    });
    return planned.length;
  },

  /** Sends today's reminders and records them. Returns how many were sent. */
  async run(today: string): Promise<number> {
    const settings = await serviceOf(strapi, uids.associationSetting).current();
    const planned = await this.plan(today, settings);
    const templates = new Map(
      (await strapi.db.query(uids.reminderTemplate).findMany({ select: ['stepKey', 'subject', 'body'] })).map((t) => [
        String(t.stepKey),
        t as { subject: string; body: string },
      ]),
    );
    const link = `${cmsEnv().SITE_URL}/espace-membres/cotisation`;
    const { dues, reminderSteps: steps } = settings;
    for (const reminder of planned) {
      const profile = await strapi.db.query(uids.memberProfile).findOne({
        where: { id: reminder.profileId },
        select: ['firstName', 'transferReference'],
        populate: { secondMember: { select: ['id'] } },
      });
      const template = templates.get(reminder.step.key) ?? defaultWording(reminder.step);
      if (!profile || !template) continue;
      const values = {
        prenom: String(profile.firstName),
        echeance: formatDateFr(reminder.dueDate),
        montant: formatEuros(duesAmountCents(dues, Boolean(profile.secondMember))),
        reference: String(profile.transferReference ?? ''),
        lien: link,
      };
      const subject = fill(template.subject, values);
      // Recorded with its mail in one transaction: a run that dies half-way and runs again sends each once.
      await strapi.db.transaction(async () => {
        await strapi.db.query(uids.reminder).create({
          data: {
            profile: reminder.profileId,
            stepKey: reminder.step.key,
            stepLabel: reminder.step.label,
            dueDate: reminder.dueDate,
            sentAt: new Date(),
            email: reminder.email,
            subject,
          },
        });
        await queueMail(
          strapi,
          reminder.email,
          mailsFor(settings.identity).reminder({ subject, body: fill(template.body, values), link }),
        );
      });
      if (isLastStep(reminder.step, steps)) {
        await updateRows(strapi, strapi.db.connection, uids.memberProfile, reminder.profileId, {
          toDeactivate: true,
        });
      }
    }
    // Paid since (the due date moved past today): no longer "à désactiver".
    await strapi.db
      .connection(tableOf(strapi, uids.memberProfile))
      .where(columnsOf(strapi, uids.memberProfile, { toDeactivate: true }))
      .andWhere(columnOf(strapi, uids.memberProfile, 'nextDueDate'), '>=', today)
      .update(columnsOf(strapi, uids.memberProfile, { toDeactivate: false }));
    strapi.log.info(`[relances] ${planned.length} relance(s) envoyée(s) pour le ${today}`);
    return planned.length;
  },
}));
