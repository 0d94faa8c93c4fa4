/** What the journeys share: a fresh browser context per member, the inbox's JSON API, the demo accounts. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

export const PASSWORD = 'Demo-Ceramique-2026';

export interface Journey {
  context: BrowserContext;
  page: Page;
}

export async function openJourney(browser: Browser, options: { javaScript?: boolean } = {}): Promise<Journey> {
  const context = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  return { context, page };
}

export function siteUrl(path = '/'): string {
  return new URL(path, inject('siteUrl')).toString();
}

interface InboxMessage {
  id: number;
  to: string[];
  subject: string;
  text: string;
}

/** Reads the newest mail to `to` from the local inbox's JSON API, waiting for it to arrive. */
export async function latestMail(to: string, subject: string, after = 0): Promise<InboxMessage> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${inject('inboxUrl')}/api/messages?to=${encodeURIComponent(to)}`);
    const messages = (await response.json()) as InboxMessage[];
    const found = messages.find((message) => message.subject === subject && message.id > after);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`aucun mail « ${subject} » pour ${to}`);
}

export async function lastMailId(): Promise<number> {
  const response = await fetch(`${inject('inboxUrl')}/api/messages`);
  const messages = (await response.json()) as InboxMessage[];
  return messages[0]?.id ?? 0;
}

/** Fills the login form that is on screen (page or dialog) and submits it. */
export async function fillLogin(
  where: Page | ReturnType<Page['locator']>,
  email: string,
  password: string,
  remember = false,
): Promise<void> {
  // On a page, the form is in <main>; the header's dialog holds another one.
  const scope = 'goto' in where ? where.locator('main') : where;
  await scope.getByLabel('Adresse e-mail').fill(email);
  await scope.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
  if (remember) await scope.getByLabel('Se souvenir de moi').check();
  await scope.getByRole('button', { name: 'Se connecter' }).click();
}

/** A member already logged in, in a fresh context. */
export async function loggedIn(
  browser: Browser,
  email: string,
  options: { javaScript?: boolean } = {},
): Promise<Journey> {
  const journey = await openJourney(browser, options);
  await journey.page.goto(siteUrl('/connexion'));
  await fillLogin(journey.page, email, PASSWORD);
  await journey.page.waitForURL(siteUrl('/espace-membres/mon-compte'));
  return journey;
}

/** Logs in over plain HTTP (no browser): the Cookie header of the new session, and the login's answer. */
export async function sessionCookie(email: string, retour?: string): Promise<{ cookie: string; response: Response }> {
  const response = await fetch(siteUrl('/connexion'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(inject('siteUrl')).origin },
    body: new URLSearchParams({ email, password: PASSWORD, ...(retour === undefined ? {} : { retour }) }),
    redirect: 'manual',
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return { cookie, response };
}

/** A published fiche as any visitor may read it (one with pictures when there is one). */
export async function aPublishedFiche(): Promise<{ documentId: string; title: string }> {
  const query = 'fields[0]=title&populate[images][fields][0]=url&pagination[pageSize]=100';
  const response = await fetch(`${inject('strapiUrl')}/api/fiches?${query}`);
  const { data } = (await response.json()) as {
    data: Array<{ documentId: string; title: string; images?: unknown[] | null }>;
  };
  const fiche = data.find((candidate) => (candidate.images ?? []).length > 0) ?? data[0];
  if (!fiche) throw new Error('aucune fiche publiée dans les données de démonstration');
  return { documentId: fiche.documentId, title: fiche.title };
}
