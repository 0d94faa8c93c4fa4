/** Using a single-use link from a mail: the code goes to Strapi, which says whether it worked or why not. */
import { z } from 'zod';
import { strapiFetch } from './client';
import { refusalDetails } from './errors';

export type MailLinkOutcome = { ok: true } | { ok: false; reason: string };

export async function useMailLink(path: string, code: string): Promise<MailLinkOutcome> {
  try {
    await strapiFetch(path, z.object({ ok: z.literal(true) }), { method: 'POST', body: { code } });
    return { ok: true };
  } catch (error) {
    const details = refusalDetails(error);
    if (details?.status === 400) return { ok: false, reason: details.reason ?? 'link-invalid' };
    throw error;
  }
}
