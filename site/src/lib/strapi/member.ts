/** The member's own data, through our /api/me/* endpoints: one call per page. */
import { memberAccountSchema, type MemberAccount, type MemberRecord } from '@aec/config';
import { z } from 'zod';
import { strapiFetch } from './client';
import { clientHeaders } from './client-address';
import { useMailLink, type MailLinkOutcome } from './mail-link';

export async function getMyAccount(jwt: string): Promise<MemberAccount> {
  const { data } = await strapiFetch('/api/me/account', z.object({ data: memberAccountSchema }), { token: jwt });
  return data;
}

/**
 * The id of the member this token belongs to, as Strapi answers it: the only member id a page
 * may trust (a cookie can be anyone's). A token Strapi refuses throws its 401.
 */
export async function whoAmI(jwt: string): Promise<number> {
  const { id } = await strapiFetch('/api/users/me', z.object({ id: z.number().int().positive() }), { token: jwt });
  return id;
}

const updateAnswer = z.object({ data: memberAccountSchema, meta: z.object({ emailChangePending: z.boolean() }) });

/** ÉTAPE 4: saves the whole record. Strapi checks it again with the same schema. */
/** The visitor's address goes with it: a change of login address is limited per address too. */
export async function updateMyRecord(
  jwt: string,
  record: MemberRecord,
  clientAddress: string,
): Promise<z.infer<typeof updateAnswer>> {
  return strapiFetch('/api/me/profile', updateAnswer, {
    method: 'PUT',
    token: jwt,
    body: { data: record },
    headers: clientHeaders(clientAddress),
  });
}

/** "J'ai fait mon virement". */
export async function declareTransfer(jwt: string, transferDate: string): Promise<MemberAccount> {
  const { data } = await strapiFetch('/api/me/dues/declarations', z.object({ data: memberAccountSchema }), {
    method: 'POST',
    token: jwt,
    body: { transferDate },
  });
  return data;
}

/** "Télécharger mes données": the JSON as Strapi builds it. */
export async function exportMyData(jwt: string): Promise<unknown> {
  const { data } = await strapiFetch('/api/me/data', z.object({ data: z.unknown() }), { token: jwt });
  return data;
}

export async function requestErasure(jwt: string): Promise<void> {
  await strapiFetch('/api/me/erasure-request', z.object({ ok: z.literal(true) }), {
    method: 'POST',
    token: jwt,
    body: {},
  });
}

/** The link sent to a new login address; needs no session. */
export function confirmEmailChange(code: string): Promise<MailLinkOutcome> {
  return useMailLink('/api/me/email-change/confirm', code);
}
