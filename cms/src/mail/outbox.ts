/**
 * Sends mail without ever making the person wait for, or learn about, the SMTP server:
 * a failed send is logged and tried again later (1, 5, 15 and 60 minutes), in the background.
 * The queue lives in memory: a restart loses pending retries, which the log shows.
 */
import type { Core } from '@strapi/strapi';
import type { Mail } from './templates.fr';

const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

interface Pending {
  to: string;
  mail: Mail;
  attempt: number;
}

export const outboxSettings = { retryDelaysMs: RETRY_DELAYS_MS };

const timers = new Set<NodeJS.Timeout>();

async function attempt(strapi: Core.Strapi, pending: Pending): Promise<void> {
  try {
    await strapi
      .plugin('email')
      .service('email')
      .send({
        to: pending.to,
        subject: pending.mail.subject,
        text: pending.mail.text,
        html: pending.mail.html,
        ...(pending.mail.replyTo ? { replyTo: pending.mail.replyTo } : {}),
      });
  } catch (error) {
    const delay = outboxSettings.retryDelaysMs[pending.attempt];
    // The address is not logged in full: the log is not a list of who asked for what.
    const masked = pending.to.replace(/^(.).*(@.*)$/, '$1…$2');
    if (delay === undefined) {
      strapi.log.error(
        `[mail] abandon après ${pending.attempt + 1} essais vers ${masked} : ${(error as Error).message}`,
      );
      return;
    }
    strapi.log.warn(
      `[mail] échec d’envoi vers ${masked} (${(error as Error).message}) ; nouvel essai dans ${Math.round(delay / 1000)} s`,
    );
    const timer = setTimeout(() => {
      timers.delete(timer);
      void attempt(strapi, { ...pending, attempt: pending.attempt + 1 });
    }, delay);
    timer.unref();
    timers.add(timer);
  }
}

/** Queues a mail and returns at once. */
export function sendInBackground(strapi: Core.Strapi, to: string, mail: Mail): void {
  setImmediate(() => void attempt(strapi, { to, mail, attempt: 0 }));
}

/** Stops pending retries (Strapi shutting down, tests). */
export function clearOutbox(): void {
  for (const timer of timers) clearTimeout(timer);
  timers.clear();
}
