/** "Télécharger mes données" as a JSON file. */
import { requireMember } from '../../lib/auth/member';
import type { APIRoute } from 'astro';
import { exportMyData } from '../../lib/strapi/member';

export const GET: APIRoute = async ({ locals }) => {
  const data = await exportMyData(requireMember({ locals }).jwt);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="mes-donnees-aec.json"',
      'cache-control': 'private, no-store',
    },
  });
};
