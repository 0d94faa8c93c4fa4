/** What an editor does in the Strapi admin, through its own API (the admin panel calls the same). */
import { inject } from 'vitest';

export const ADMIN = { email: 'admin@exemple.fr', password: 'Admin-AEC-demo-2026' };

async function login(): Promise<string> {
  const response = await fetch(`${inject('strapiUrl')}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!body.data?.token) throw new Error(`admin login failed: ${response.status}`);
  return body.data.token;
}

let token: Promise<string> | undefined;

/** Logged in once per test file: the admin's login is rate-limited (a few a minute), as in production. */
export function adminToken(): Promise<string> {
  token ??= login().catch((error: unknown) => {
    token = undefined;
    throw error;
  });
  return token;
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

/** An editor writes an article and presses "Publier" in the Content Manager. */
export async function publishArticle(data: {
  title: string;
  slug: string;
  summary: string;
  text: string;
}): Promise<string> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${await adminToken()}` };
  const base = `${inject('strapiUrl')}/content-manager/collection-types/api::article.article`;
  const created = await fetch(base, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      title: data.title,
      slug: data.slug,
      summary: data.summary,
      date: new Date().toISOString().slice(0, 10),
      body: [{ type: 'paragraph', children: [{ type: 'text', text: data.text }] }],
    }),
  });
  const body = (await created.json()) as { data?: { documentId?: string } };
  const documentId = body.data?.documentId;
  if (!created.ok || !documentId) throw new Error(`article creation failed: ${created.status} ${JSON.stringify(body)}`);
  const published = await fetch(`${base}/${documentId}/actions/publish`, { method: 'POST', headers, body: '{}' });
  if (!published.ok) throw new Error(`publish failed: ${published.status} ${await published.text()}`);
  return documentId;
}

/** An editor saves a page without publishing it, then presses "Aperçu": the address the admin opens. */
export async function draftPagePreviewUrl(data: { title: string; slug: string; text: string }): Promise<string> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${await adminToken()}` };
  const strapi = inject('strapiUrl');
  const created = await fetch(`${strapi}/content-manager/collection-types/api::page.page`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      title: data.title,
      slug: data.slug,
      showInNavigation: false,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: data.text }] }],
    }),
  });
  const body = (await created.json()) as { data?: { documentId?: string } };
  if (!created.ok || !body.data?.documentId) throw new Error(`page creation failed: ${created.status}`);
  const preview = await fetch(
    `${strapi}/content-manager/preview/url/api::page.page?documentId=${body.data.documentId}&status=draft`,
    { headers },
  );
  const answer = (await preview.json()) as { data?: { url?: string } };
  if (!answer.data?.url) throw new Error(`no preview url: ${preview.status} ${JSON.stringify(answer)}`);
  return answer.data.url;
}
