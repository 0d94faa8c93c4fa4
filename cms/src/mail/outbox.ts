/**
 * Every mail is a job (queue/index.ts): it survives a restart, is tried again with waits that
 * double from about a minute, and ends sent, or abandoned with the reason in « Courriels ». The person who asked never waits for, nor
 * learns about, the SMTP server. Any instance may send a job; exactly one delivers it.
 */
import type { Core } from '@strapi/strapi';
import { MAIL_STATES, type MailRow, type MailState } from '@aec/config';
import { fromKnex, type JobWithMetadata } from 'pg-boss';
import { cmsEnv } from '../env';
import { runningQueue, startQueue } from '../queue';
import type { Mail } from './templates.fr';

const QUEUE = 'mail';
const DAY_SECONDS = 24 * 60 * 60;

/**
 * The waits between tries: as many tries again as delays, the first after about the first delay,
 * each next one about twice as long (pg-boss's backoff, with some randomness), never longer than
 * the last. The fault scripts shorten them (MAIL_RETRY_DELAYS_MS).
 */
export const outboxSettings = { retryDelaysMs: [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000] };

/** A mail written out, or one of a kind built when it leaves (its link fresh, its reason still true). */
type MailJob = { to: string; mail: Mail } | { kind: string; [field: string]: unknown };

/** A kind of mail built when it leaves: to whom and what (null when no longer due), and what follows sending. */
interface MailKind {
  /** What the « Courriels » list shows as its subject before it leaves. */
  label: string;
  build: (strapi: Core.Strapi, data: Record<string, unknown>) => Promise<{ to: string; mail: Mail } | null>;
  sent?: (strapi: Core.Strapi, data: Record<string, unknown>) => Promise<void>;
}
const kinds = new Map<string, MailKind>();

/** Declares a kind of mail built when it leaves (e.g. the « première connexion » of an import). */
export function registerMailKind(kind: string, handlers: MailKind): void {
  kinds.set(kind, handlers);
}

/** The address is not logged in full: the log is not a list of who asked for what. */
const masked = (to: string) => to.replace(/^(.).*(@.*)$/, '$1…$2');

function retries() {
  const delays = outboxSettings.retryDelaysMs;
  const seconds = (ms: number | undefined) => Math.max(1, Math.round((ms ?? 0) / 1000));
  return {
    retryLimit: delays.length,
    retryDelay: seconds(delays[0]),
    retryBackoff: true,
    retryDelayMax: seconds(delays[delays.length - 1]),
  };
}

/** How one try ended, and what the « Courriels » list shows of it. */
type Outcome = { sent: true; output: { skipped?: true } | null } | { sent: false; output: { message: string } };

/** Sends one mail: sent, or failed (and logged) to be tried again later. */
async function deliver(strapi: Core.Strapi, job: JobWithMetadata<MailJob>): Promise<Outcome> {
  const data = job.data;
  let to = 'to' in data ? String(data.to) : '';
  try {
    let mail: Mail;
    if ('mail' in data) mail = data.mail as Mail;
    else {
      const kind = kinds.get(String(data.kind));
      if (!kind) throw new Error(`genre de mail inconnu : ${String(data.kind)}`);
      const built = await kind.build(strapi, data);
      // No longer due (a password chosen meanwhile, an account blocked): nothing to send.
      if (!built) return { sent: true, output: { skipped: true } };
      ({ to, mail } = built);
    }
    await strapi
      .plugin('email')
      .service('email')
      .send({
        to,
        // The same on every try: a mail handed over at the instant its sender died, then sent again,
        // is one message to the recipient's mail program.
        messageId: `<${job.id}@${cmsEnv().MAIL_FROM.split('@')[1]}>`,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(mail.fromName ? { from: `"${mail.fromName.replace(/["\\\r\n]/g, '')}" <${cmsEnv().MAIL_FROM}>` } : {}),
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      });
    if ('kind' in data) await kinds.get(String(data.kind))?.sent?.(strapi, data);
    return { sent: true, output: null };
  } catch (error) {
    const message = (error as Error).message;
    if (job.retryCount >= job.retryLimit)
      strapi.log.error(`[mail] abandon après ${job.retryCount + 1} essais vers ${masked(to)} : ${message}`);
    else strapi.log.warn(`[mail] échec d’envoi vers ${masked(to)} (${message}) ; nouvel essai plus tard`);
    return { sent: false, output: { message } };
  }
}

/** The mail worker: one mail at a time per instance (Strapi's register, once the queue runs). */
export async function startOutbox(strapi: Core.Strapi): Promise<void> {
  const queue = await startQueue(strapi);
  // A mail whose instance died while sending it (no heartbeat) is tried again, by any instance.
  const settings = { notify: true, deleteAfterSeconds: 7 * DAY_SECONDS, heartbeatSeconds: 10 };
  await queue.createQueue(QUEUE, settings);
  await queue.updateQueue(QUEUE, settings);
  // A few fetched at a time, each recorded as sent the moment the relay took it (recorded at the
  // end of the batch, a crash in between would send its first mails twice), at most
  // MAIL_PER_SECOND: a mailing to every member leaves at the pace a small relay accepts.
  const gap = 1000 / cmsEnv().MAIL_PER_SECOND;
  const workOptions = {
    includeMetadata: true,
    batchSize: 10,
    burstWhenBatchFull: true,
    localConcurrency: 1,
    // Retries wake no one: they are found by polling, NOTIFY or not.
    pollingIntervalSeconds: 2,
    notifyPollingIntervalSeconds: 2,
  } as const;
  await queue.work<MailJob, void, typeof workOptions>(QUEUE, workOptions, async (jobs) => {
    for (const job of jobs) {
      const started = Date.now();
      const result = await deliver(strapi, job);
      // This try only: if the job was meanwhile given to another instance, that one settles it.
      const attempt = { id: job.id, retryCount: job.retryCount };
      if (result.sent) await queue.complete(QUEUE, attempt, result.output);
      else await queue.fail(QUEUE, attempt, result.output);
      const wait = gap - (Date.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  });
}

/** Queues a mail and returns at once; a failure to queue it is logged. */
export function sendInBackground(strapi: Core.Strapi, to: string, mail: Mail): void {
  const queue = runningQueue();
  if (!queue) {
    strapi.log.error(`[mail] file d’envoi arrêtée : rien envoyé vers ${masked(to)}`);
    return;
  }
  void queue
    .then((queue) => queue.send(QUEUE, { to, mail } satisfies MailJob, retries()))
    .catch((error: Error) => strapi.log.error(`[mail] non mis en file vers ${masked(to)} : ${error.message}`));
}

/** Writes mail jobs as part of the write under way: inside a transaction, they commit or roll back with it. */
async function insertInTransaction(strapi: Core.Strapi, jobs: MailJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const queue = await startQueue(strapi);
  await strapi.db.transaction(async ({ trx }) => {
    await queue.insert(
      QUEUE,
      jobs.map((data) => ({ data, ...retries() })),
      { db: fromKnex(trx) },
    );
  });
}

/** Queues a mail as part of the write under way (a reminder recorded is a reminder sent, once). */
export function queueMail(strapi: Core.Strapi, to: string, mail: Mail): Promise<void> {
  return insertInTransaction(strapi, [{ to, mail }]);
}

/** Queues mails of a kind (built when they leave), as part of the write under way. */
export function queueMailsOfKind(
  strapi: Core.Strapi,
  kind: string,
  jobs: Array<Record<string, unknown>>,
): Promise<void> {
  return insertInTransaction(
    strapi,
    jobs.map((data) => ({ ...data, kind })),
  );
}

/** pg-boss's states behind each state of the « Courriels » list. */
const STATES: Record<MailState, string[]> = {
  'en-attente': ['created', 'retry', 'active'],
  envoye: ['completed'],
  abandonne: ['failed', 'cancelled'],
};

/** Mails of a kind not yet sent (waiting, under way, or to try again) whose data holds `field` = `value`. */
export async function pendingMails(strapi: Core.Strapi, kind: string, field: string, value: string): Promise<number> {
  const result = (await strapi.db.connection.raw(
    `SELECT count(*) AS n FROM pgboss.job WHERE name = ? AND data->>'kind' = ? AND data->>? = ? AND state IN (${STATES['en-attente'].map(() => '?').join(', ')})`,
    [QUEUE, kind, field, value, ...STATES['en-attente']],
  )) as { rows: Array<{ n: string }> };
  return Number(result.rows[0]?.n ?? 0);
}

/** The latest mails, newest first; a kind built when it leaves shows by its kind until then. */
export async function listMails(
  strapi: Core.Strapi,
  options: { state?: MailState; limit: number; addresses: boolean },
): Promise<MailRow[]> {
  const query = strapi.db
    .connection('pgboss.job')
    .where('name', QUEUE)
    .orderBy('created_on', 'desc')
    .limit(options.limit)
    .select('id', 'created_on', 'state', 'retry_count', 'data', 'output');
  if (options.state) query.whereIn('state', STATES[options.state]);
  const rows = (await query) as Array<{
    id: string;
    created_on: Date;
    state: string;
    retry_count: number;
    data: string | Record<string, unknown>;
    output: string | Record<string, unknown> | null;
  }>;
  // Strapi's connection hands JSON back as text.
  const json = (value: unknown) =>
    (typeof value === 'string' ? JSON.parse(value) : (value ?? {})) as Record<string, unknown>;
  return rows.map((row) => {
    const data = json(row.data);
    const output = json(row.output);
    const mail = data.mail as Mail | undefined;
    const to = typeof data.to === 'string' ? data.to : '';
    const state = MAIL_STATES.find((key) => STATES[key].includes(row.state));
    return {
      id: row.id,
      queuedAt: new Date(row.created_on).toISOString(),
      to: to ? (options.addresses ? to : masked(to)) : '',
      subject: mail?.subject ?? kinds.get(String(data.kind))?.label ?? String(data.kind ?? ''),
      state: state ?? 'en-attente',
      attempts: Number(row.retry_count) + (row.state === 'created' ? 0 : 1),
      lastError: typeof output.message === 'string' && row.state !== 'completed' ? output.message : null,
    };
  });
}

/** Forgets every mail not yet sent (tests, between two files). */
export async function clearOutbox(): Promise<void> {
  await (await runningQueue())?.deleteQueuedJobs(QUEUE);
}
