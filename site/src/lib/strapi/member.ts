/** The member's own data, through our /api/me/* endpoints: one call per page. */
import { memberAccountSchema, type MemberAccount } from '@aec/config';
import { z } from 'zod';
import { strapiFetch } from './client';

export async function getMyAccount(jwt: string): Promise<MemberAccount> {
  const { data } = await strapiFetch('/api/me/account', z.object({ data: memberAccountSchema }), { token: jwt });
  return data;
}
