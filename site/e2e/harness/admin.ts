/** What an editor does in the Strapi admin, through its own API (the admin panel calls the same). */
import { inject } from 'vitest';

export const ADMIN = { email: 'admin@exemple.fr', password: 'Admin-AEC-demo-2026' };

export async function adminToken(): Promise<string> {
  const response = await fetch(`${inject('strapiUrl')}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!body.data?.token) throw new Error(`admin login failed: ${response.status}`);
  return body.data.token;
}

/** "Publier" in the Content Manager. */
export async function publishFiche(documentId: string): Promise<void> {
  const response = await fetch(
    `${inject('strapiUrl')}/content-manager/collection-types/api::fiche.fiche/${documentId}/actions/publish`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await adminToken()}` },
      body: JSON.stringify({}),
    },
  );
  if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`);
}
