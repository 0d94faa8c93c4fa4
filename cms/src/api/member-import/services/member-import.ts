/**
 * Importing the association's existing list of members from a CSV file.
 *
 * First a dry run: every line checked with the member form's own rules, plus what only the
 * database knows (an address already registered is skipped, a membership number already
 * given is refused); nothing is written. Then the import: only the lines that pass, in
 * batches of a few hundred, each batch one transaction written with bulk inserts (10,000
 * members take seconds, not the hour that one document at a time would), with its progress
 * readable while it runs. Running the same file twice creates nobody twice: an address that
 * exists is skipped. Accounts are created without a password; their owners receive a
 * "première connexion" mail to choose one (see welcome-mails.ts).
 */
import { factories } from '@strapi/strapi';
import {
  association,
  checkImport,
  messages,
  todayIn,
  transferReference,
  type ImportMember,
  type ImportPreview,
  type ImportProgress,
} from '@aec/config';
import { profileData } from '../../member-profile/services/profile-data';
import { queueWelcomeMails, welcomeMailsPending } from './welcome-mails';
import { afterCommit, BATCH, chunks, createRows, joinTableOf, linkRows, serviceOf, uids } from '../../../db';
import { refreshTitles } from '../../../document-middlewares/entry-titles';

const ADDRESS = 'shared.address';

/** The report kept with an import: enough to correct a file, not a copy of it. */
const REPORT_LIMIT = 2_000;

/**
 * Imports under way in this process: their progress, read by the admin page every second. With
 * several instances, a poll that reaches another one reads the import's record instead (its
 * counts are written after each batch), and « un import est déjà en cours » holds per instance.
 */
const running = new Map<number, { done: number; total: number }>();

const service = factories.createCoreService(uids.memberImport, ({ strapi }) => {
  /** The dry run: what the import would do, line by line, without writing anything. */
  async function preview(text: string): Promise<{ preview: ImportPreview; members: ImportMember[] }> {
    const check = checkImport(text);
    const existing = new Set<string>();
    for (const emails of chunks(
      check.members.map((m) => m.email),
      BATCH,
    )) {
      const rows = await strapi.db.query(uids.user).findMany({ where: { email: { $in: emails } }, select: ['email'] });
      for (const row of rows) existing.add(String(row.email).toLowerCase());
    }
    const taken = new Set<number>();
    for (const numbers of chunks(
      check.members.flatMap((m) => (m.membershipNumber ? [m.membershipNumber] : [])),
      BATCH,
    )) {
      const rows = await strapi.db
        .query(uids.memberProfile)
        .findMany({ where: { membershipNumber: { $in: numbers } }, select: ['membershipNumber'] });
      for (const row of rows) taken.add(Number(row.membershipNumber));
    }
    const problems = [...check.problems];
    const skipped: ImportPreview['skipped'] = [];
    const members: ImportMember[] = [];
    for (const member of check.members) {
      if (existing.has(member.email)) skipped.push({ line: member.line, email: member.email });
      else if (member.membershipNumber && taken.has(member.membershipNumber))
        problems.push({ line: member.line, column: 'N° d’adhérent', message: messages.csv.numberTaken });
      else members.push(member);
    }
    problems.sort((a, b) => a.line - b.line);
    return {
      preview: {
        lines: check.lines,
        toCreate: members.length,
        skipped,
        problems,
        ignoredColumns: check.ignoredColumns,
      },
      members,
    };
  }

  /** One batch, one transaction: accounts, records, addresses, last known payment, journal. */
  async function insertBatch(
    batch: ImportMember[],
    numbers: number[],
    context: { roleId: number; actorLabel: string; today: string; welcomeFor: number | null },
  ): Promise<number[]> {
    return strapi.db.transaction(async ({ trx }) => {
      const userIds = await createRows(
        strapi,
        trx,
        uids.user,
        batch.map((member) => ({
          username: member.email,
          email: member.email,
          provider: 'local',
          password: null,
          // The association vouches for the address; choosing a password through the mail proves it.
          confirmed: true,
          blocked: false,
        })),
      );
      await linkRows(
        strapi,
        trx,
        uids.user,
        'role',
        userIds.map((id) => [id, context.roleId]),
      );

      // The same fields as joining writes, from the same mapping.
      const records = batch.map((member) => profileData({ identifiers: member, address: member.address }));
      const profileIds = await createRows(
        strapi,
        trx,
        uids.memberProfile,
        batch.map((member, i) => {
          const joinedOn = member.joinedOn ?? context.today;
          const { address: _address, ...fields } = records[i]!;
          return {
            ...fields,
            accountEmail: member.email,
            accountBlocked: false,
            membershipNumber: numbers[i],
            transferReference: transferReference(
              association.dues.transferReferencePrefix,
              Number(joinedOn.slice(0, 4)),
              numbers[i]!,
            ),
            joinedOn,
            consentNewsletter: member.consentNewsletter,
            // The former list's "à jour jusqu'au", kept as such: no payment is invented for it.
            importedDueDate: member.nextDueDate ?? null,
            nextDueDate: member.nextDueDate ?? null,
          };
        }),
      );
      await linkRows(
        strapi,
        trx,
        uids.memberProfile,
        'user',
        profileIds.map((id, i) => [id, userIds[i]!]),
      );

      // Addresses are components: rows of their own, joined to the record through its cmps table.
      const { ids: addressIds } = await strapi.db.query(ADDRESS).createMany({ data: records.map((r) => r.address) });
      const cmps = joinTableOf(strapi, uids.memberProfile, 'address');
      await trx(cmps.name).insert(
        profileIds.map((id, i) => ({
          [cmps.joinColumn.name]: id,
          [cmps.inverseJoinColumn.name]: addressIds[i],
          [cmps.morphColumn?.typeColumn.name ?? 'component_type']: ADDRESS,
          field: 'address',
          [cmps.orderColumnName ?? 'order']: 1,
        })),
      );

      const changeIds = await createRows(
        strapi,
        trx,
        uids.memberChange,
        batch.map((member) => ({
          at: new Date(),
          actor: 'benevole',
          actorLabel: context.actorLabel,
          subject: 'fiche-membre',
          action: 'creation',
          changes: [
            { field: 'import', before: null, after: `Ligne ${member.line} du fichier importé` },
            { field: 'firstName', before: null, after: member.firstName },
            { field: 'lastName', before: null, after: member.lastName },
          ],
          summary: `Import : ligne ${member.line} du fichier (${member.firstName} ${member.lastName})`,
        })),
      );
      await linkRows(
        strapi,
        trx,
        uids.memberChange,
        'profile',
        changeIds.map((id, i) => [id, profileIds[i]!]),
      );
      // Their « première connexion » mails, committed with the accounts or not at all.
      if (context.welcomeFor !== null)
        await queueWelcomeMails(
          strapi,
          context.welcomeFor,
          userIds.map((id, i) => ({ id, email: batch[i]!.email })),
        );
      return userIds;
    });
  }

  async function run(
    id: number,
    members: ImportMember[],
    { actorLabel, welcomeMails, skippedBefore }: { actorLabel: string; welcomeMails: boolean; skippedBefore: number },
  ): Promise<void> {
    const role = await strapi.db.query(uids.role).findOne({ where: { type: 'authenticated' }, select: ['id'] });
    const today = todayIn(association.reminders.timezone);
    const given = members.filter((m) => m.membershipNumber).length;
    const fresh = await serviceOf(strapi, 'api::member-profile.member-profile').reserveNumbers(
      members.length - given,
      Math.max(0, ...members.map((m) => m.membershipNumber ?? 0)),
    );
    let next = 0;
    const numberOf = members.map((m) => m.membershipNumber ?? fresh[next++]!);
    const userIds: number[] = [];
    let lateSkipped = 0;
    running.set(id, { done: 0, total: members.length });
    for (let from = 0; from < members.length; from += BATCH) {
      // Someone may have joined online with an address of the file since the check: skip them.
      const candidates = members
        .slice(from, from + BATCH)
        .map((member, i) => ({ member, number: numberOf[from + i]! }));
      const joined = new Set(
        (
          await strapi.db.query(uids.user).findMany({
            where: { email: { $in: candidates.map((c) => c.member.email) } },
            select: ['email'],
          })
        ).map((row) => String(row.email).toLowerCase()),
      );
      const batch = candidates.filter((c) => !joined.has(c.member.email));
      if (batch.length > 0) {
        userIds.push(
          ...(await insertBatch(
            batch.map((c) => c.member),
            batch.map((c) => c.number),
            { roleId: Number(role?.id), actorLabel, today, welcomeFor: welcomeMails ? id : null },
          )),
        );
      }
      // What is committed is written down at once: a later failure loses neither count nor mails.
      await strapi.db.query(uids.memberImport).update({
        where: { id },
        data: {
          created: userIds.length,
          skipped: skippedBefore + (lateSkipped += candidates.length - batch.length),
        },
      });
      running.set(id, { done: from + candidates.length, total: members.length });
    }
    await refreshTitles(strapi, 'missing');
    await strapi.db.query(uids.memberImport).update({ where: { id }, data: { state: 'termine' } });
    running.delete(id);
  }

  return {
    preview: async (text: string) => (await preview(text)).preview,

    /** Starts an import and returns at once; `progress` tells how far it got. */
    async start(input: {
      text: string;
      fileName: string;
      actorLabel: string;
      welcomeMails: boolean;
    }): Promise<{ id: number; preview: ImportPreview } | { busy: true }> {
      // Claimed before the first await: two volunteers pressing "Importer" together get one import.
      if (running.size > 0) return { busy: true };
      running.set(0, { done: 0, total: 0 });
      try {
        const { preview: report, members } = await preview(input.text);
        const record = await strapi.db.query(uids.memberImport).create({
          data: {
            fileName: input.fileName.slice(0, 255),
            at: new Date(),
            actorLabel: input.actorLabel,
            state: 'en_cours',
            lines: report.lines,
            created: 0,
            skipped: report.skipped.length,
            rejected: new Set(report.problems.map((p) => p.line)).size,
            report: {
              problems: report.problems.slice(0, REPORT_LIMIT),
              skipped: report.skipped.slice(0, REPORT_LIMIT),
              ignoredColumns: report.ignoredColumns,
            },
            welcomeMails: input.welcomeMails,
            mailsSent: 0,
            publishedAt: new Date(),
          },
        });
        const id = Number(record.id);
        running.set(id, { done: 0, total: members.length });
        const options = {
          actorLabel: input.actorLabel,
          welcomeMails: input.welcomeMails,
          skippedBefore: report.skipped.length,
        };
        // Started once the import's record is committed, and not awaited: the page shows its progress.
        await afterCommit(strapi, 'import', async () => {
          void run(id, members, options).catch(async (error: Error) => {
            running.delete(id);
            strapi.log.error(`[import] échec de l’import n° ${id} : ${error.message}`);
            await strapi.db.query(uids.memberImport).update({ where: { id }, data: { state: 'echec' } });
          });
        });
        return { id, preview: report };
      } finally {
        running.delete(0);
      }
    },

    async progress(id: number): Promise<ImportProgress | null> {
      const record = await strapi.db.query(uids.memberImport).findOne({ where: { id } });
      if (!record) return null;
      const live = running.get(id);
      const pending = record.welcomeMails ? await welcomeMailsPending(strapi, id) : 0;
      return {
        id,
        state: record.state,
        done: live?.done ?? (record.state === 'termine' ? Number(record.created) : 0),
        total: live?.total ?? Number(record.created),
        created: Number(record.created),
        mailsSent: Number(record.mailsSent ?? 0),
        mailsPending: pending,
      };
    },
  };
});

export default service;
