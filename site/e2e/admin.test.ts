/**
 * The « Done when » of the volunteers' back office, in Chromium. A Bénévole reads what waits,
 * confirms a declared transfer in euros with the date typed then Tab, and sees the member up to
 * date and the count drop; changes the couple amount in « Réglages » and reads it on « Payer
 * votre cotisation » and in the QR; exports and imports members. An Éditeur publishes a
 * submitted fiche and the queue shrinks. The screenshots illustrate cms/docs/guide-benevoles.md.
 */
import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultSettings, formatEuros } from '@aec/config';
import { ENGLISH_DEFAULTS } from '../../cms/src/admin/translations.fr';
import { adminToken } from './harness/admin';
import { hasChromium, launchChromium } from './harness/browser';
import { latestMail, loggedIn, openJourney, siteUrl } from './harness/site';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const GUIDE = path.resolve(__dirname, '../../cms/docs/guide-benevoles');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(GUIDE, `${name}.png`) });
const importPanel = (page: Page) => page.getByRole('region', { name: 'Importer une liste de membres' });
const admin = (pathname: string) => `${inject('strapiUrl')}/admin${pathname}`;
const JEAN = 'jean.martin@exemple.fr';

/** None of Strapi's English defaults that we translate shows on the screen. */
async function expectNoEnglish(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  for (const english of ENGLISH_DEFAULTS) expect(text, english).not.toContain(english);
}

async function volunteerPage(): Promise<Page> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(admin(''));
  await page.locator('input[name="email"]').fill('benevole.demo@exemple.fr');
  await page.locator('input[name="password"]').fill('Benevole-AEC-demo-2026');
  return page;
}

/** The Content Manager's API as the Super Admin, for what a journey reads or puts back. */
async function contentManager<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
  const response = await fetch(`${inject('strapiUrl')}/content-manager/${path}`, {
    method,
    headers: { authorization: `Bearer ${await adminToken()}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as T;
}

/** The number a home page line starts with (« 2 virements déclarés à confirmer »). */
async function countIn(line: Locator): Promise<number> {
  return Number((await line.textContent())?.match(/\d+/)?.[0]);
}

/** Opens the admin's home and reads a line's count; no line is 0 (nothing waits). */
async function homeCount(page: Page, line: RegExp): Promise<number> {
  await page.goto(admin(''));
  await page
    .getByText(/À faire|Rien ne vous attend/)
    .first()
    .waitFor({ timeout: 30_000 });
  const link = page.getByRole('link', { name: line });
  return (await link.count()) === 0 ? 0 : countIn(link);
}

async function paymentOf(documentId: string): Promise<Record<string, unknown>> {
  return (
    await contentManager<{ data: Record<string, unknown> }>(
      `collection-types/api::dues-payment.dues-payment/${documentId}`,
    )
  ).data;
}

async function declaredPaymentOf(email: string): Promise<string | null> {
  const query = new URLSearchParams({
    'filters[$and][0][profile][accountEmail][$eq]': email,
    'filters[$and][1][state][$eq]': 'declare',
  });
  const body = await contentManager<{ results?: Array<{ documentId: string }> }>(
    `collection-types/api::dues-payment.dues-payment?${query}`,
  );
  return body.results?.[0]?.documentId ?? null;
}

/** Puts a fiche the journey published back in the editors' queue. */
async function restoreSubmitted(documentId: string): Promise<void> {
  const fiche = `collection-types/api::fiche.fiche/${documentId}`;
  await contentManager(`${fiche}/actions/unpublish`, 'POST', { discardDraft: false });
  await contentManager(fiche, 'PUT', { reviewState: 'soumise' });
}

/** Puts « Réglages de l’association » back as the other journeys expect them. */
async function restoreSettings(data: Record<string, unknown>): Promise<void> {
  const settings = 'single-types/api::association-setting.association-setting';
  const current = await contentManager<{ data: Record<string, unknown> }>(settings);
  const { id: _id, documentId: _d, createdAt: _c, updatedAt: _u, publishedAt: _p, ...fields } = current.data;
  await contentManager(settings, 'PUT', { ...fields, ...data });
}

describe.skipIf(!hasChromium)('un bénévole dans l’administration', () => {
  it('lit « 1 virement déclaré à confirmer », le confirme en euros, la date tapée puis Tab ; le membre se voit à jour et l’accueil compte un virement de moins', async () => {
    // Jean, overdue, says he has paid by transfer.
    const member = await loggedIn(browser, JEAN);
    await member.page.goto(siteUrl('/espace-membres/cotisation'));
    const declare = member.page.locator('main').getByRole('button', { name: 'J’ai fait mon virement' });
    if ((await declare.count()) > 0) {
      await declare.click();
      await member.page.getByText('Votre virement est enregistré comme déclaré').waitFor();
    }

    // The site keeps what it read for Jean's pages; the volunteer's confirmation must still show at once.
    await member.page.goto(siteUrl('/espace-membres/mon-compte'));
    expect(await member.page.getByText('À jour — prochaine échéance le').count()).toBe(0);

    const page = await volunteerPage();
    await shot(page, '1-connexion');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });

    // The home page says what waits: the transfer Jean declared, each line a link to its list.
    const waiting = page.getByRole('link', { name: /virements? déclarés? à confirmer/ });
    await waiting.waitFor({ timeout: 30_000 });
    // « Ce qui vous attend » first on the page, its 12-month chart within; no project statistics.
    const top = async (text: string) => (await page.getByText(text, { exact: true }).first().boundingBox())?.y ?? 0;
    expect(await top('Ce qui vous attend')).toBeLessThan(await top('Profil'));
    expect(await page.getByText('Statistiques du projet').count()).toBe(0);
    expect(await page.getByText('Les membres sur 12 mois, en fin de mois').first().isVisible()).toBe(true);
    expect(
      await page.getByRole('link', { name: /relances? prévues? demain|Aucune relance prévue demain/ }).count(),
    ).toBe(1);
    expect(await page.getByRole('link', { name: /membres? en retard/ }).count()).toBe(1);
    await expectNoEnglish(page);
    const declaredBefore = await countIn(waiting);
    await waiting.scrollIntoViewIfNeeded();
    await shot(page, '0-accueil');
    await waiting.click();
    await page.waitForURL(/api::dues-payment\.dues-payment/);

    // Members whose due date has passed, by the filter on "Prochaine échéance".
    const today = new Date().toISOString().slice(0, 10);
    await page.goto(
      admin(
        `/content-manager/collection-types/api::member-profile.member-profile?page=1&pageSize=10&sort=lastName:ASC&filters[$and][0][nextDueDate][$lt]=${today}`,
      ),
    );
    await page.getByText(JEAN).first().waitFor({ timeout: 30_000 });
    // « Virement déclaré » reads « Oui » for Jean, in French like the rest of the page.
    const memberCells = page.getByRole('gridcell');
    expect(await memberCells.filter({ hasText: /^Oui$/ }).count()).toBeGreaterThan(0);
    expect(await memberCells.filter({ hasText: /^(Activé|Désactivé|true|false)$/ }).count()).toBe(0);
    expect(await page.getByText('Introducing the new Media Library').count()).toBe(0);
    expect(await page.getByText('La médiathèque a changé').count()).toBe(0);
    expect(await page.getByPlaceholder('Rechercher').count()).toBeGreaterThan(0);
    expect(await page.getByText('Compte de connexion', { exact: true }).count()).toBeGreaterThan(0);
    await shot(page, '2-membres-en-retard');
    // At 1440 px, what a volunteer decides on is on screen without scrolling sideways.
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const heading of ['Compte désactivé', 'À désactiver', 'Virement déclaré', 'Échéance']) {
      const box = await page.locator('thead th').filter({ hasText: heading }).first().boundingBox();
      expect(box, heading).not.toBeNull();
      expect(box!.x + box!.width, heading).toBeLessThanOrEqual(1440);
    }
    await page.setViewportSize({ width: 1280, height: 860 });
    // A yes-or-no filter reads in words on its chip.
    await page.goto(
      admin(
        '/content-manager/collection-types/api::member-profile.member-profile?page=1&filters[$and][0][accountBlocked][$eq]=true',
      ),
    );
    await page
      .getByText(/Compte désactivé est Oui/)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.getByText(/est (true|false)/).count()).toBe(0);

    // His declared transfer: state « Confirmé » (the menu shows words, not stored values), save.
    const documentId = await declaredPaymentOf(JEAN);
    expect(documentId).toBeTruthy();
    await page.goto(admin(`/content-manager/collection-types/api::dues-payment.dues-payment/${documentId}`));
    const state = page.getByRole('combobox', { name: /État/ });
    await state.waitFor({ timeout: 30_000 });
    await state.click();
    await page.getByRole('option', { name: 'Confirmé' }).click();
    // The amount reads in euros; the day received is typed as on a cheque stub, then Tab (B1).
    const amount = page.getByLabel('Montant', { exact: false });
    await expect.poll(() => amount.inputValue(), { timeout: 10_000 }).toBe('40,00');
    const receivedOn = page.getByLabel('Reçu le');
    await receivedOn.click();
    await receivedOn.pressSequentially('14/05/2026');
    await page.keyboard.press('Tab');
    await shot(page, '3-confirmer-le-virement');
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'PUT' && response.url().includes(`/${documentId}`),
    );
    await page.getByRole('button', { name: /^(Enregistrer|Save)$/ }).click();
    expect((await saved).status()).toBe(200);
    const stored = await paymentOf(documentId!);
    expect(stored).toMatchObject({ receivedOn: '2026-05-14', amountCents: 4000, state: 'confirme' });

    // In the list of payments, choices read as words, not as stored values.
    await page.goto(admin('/content-manager/collection-types/api::dues-payment.dues-payment?page=1&pageSize=10'));
    const cells = page.getByRole('gridcell');
    await cells
      .filter({ hasText: /^Confirmé$/ })
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await cells.filter({ hasText: /^(confirme|virement)$/ }).count()).toBe(0);
    // Each payment is named as in a treasurer's book: « Martin Jean — 2026 — 40,00 € — virement ».
    expect(await cells.filter({ hasText: /^Martin Jean — \d{4} — 40,00\s€ — virement$/ }).count()).toBeGreaterThan(0);
    // The home page counts one transfer less to confirm.
    expect(await homeCount(page, /virements? déclarés? à confirmer/)).toBe(declaredBefore - 1);
    await page.context().close();

    // Jean's "Mon compte" now says he is up to date.
    try {
      await member.page.goto(siteUrl('/espace-membres/mon-compte'));
      expect(await member.page.getByText('À jour — prochaine échéance le').isVisible()).toBe(true);
    } finally {
      await member.context.close();
      // Jean is the demo's overdue member for the other journeys, whatever order they run in.
      await fetch(
        `${inject('strapiUrl')}/content-manager/collection-types/api::dues-payment.dues-payment/${documentId}`,
        {
          method: 'DELETE',
          headers: { authorization: `Bearer ${await adminToken()}` },
        },
      );
    }
  });

  it('« Enregistrer un paiement » : Marie trouvée en tapant son adresse, la période qui suit et son montant s’affichent avant d’enregistrer', async () => {
    const page = await volunteerPage();
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
    await page.goto(admin('/content-manager/collection-types/api::dues-payment.dues-payment/create'));
    const panel = page.getByText(/Choisissez le membre : la période/);
    await panel.waitFor({ timeout: 30_000 });
    const picker = page.getByRole('combobox', { name: /Membre/ });
    await picker.click();
    // Her address, which no other journey changes (her city is changed in account.test.ts); the
    // city, the name and the reference are searched too (cms/tests/entry-titles.test.ts).
    await picker.fill('marie.dupont@');
    await page.getByRole('option', { name: /Marie/ }).first().click();
    const proposed = page.getByText(/^Proposé : du /);
    await proposed.waitFor({ timeout: 10_000 });
    const start = page.getByLabel('Début de la période');
    const end = page.getByLabel('Fin de la période (échéance)');
    const amount = page.getByLabel('Montant', { exact: false });
    await expect.poll(() => amount.inputValue()).toBe('40,00');
    expect(await proposed.textContent()).toBe(
      `Proposé : du ${await start.inputValue()} au ${await end.inputValue()}, ${formatEuros(defaultSettings.dues.individualCents)} (cotisation individuelle). Vous pouvez les changer avant d’enregistrer.`,
    );
    expect(await start.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await shot(page, '9-paiement-propose');
    // What she types stays hers: the proposal never writes over it.
    await amount.fill('25');
    await amount.blur();
    expect(await amount.inputValue()).toBe('25,00');
    await expectNoEnglish(page);
    await page.context().close();
  });

  it('change le montant couple et l’adresse de contact dans « Réglages de l’association » ; Claire les voit sur « Payer votre cotisation », dans le QR et au pied des pages', async () => {
    const page = await volunteerPage();
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
    await page.goto(admin('/content-manager/single-types/api::association-setting.association-setting'));
    const couple = page.getByLabel(/Cotisation couple/);
    await couple.waitFor({ timeout: 30_000 });
    await expectNoEnglish(page);
    // Switches read « Oui » / « Non », the amounts euros, as a treasurer writes them.
    expect(await page.getByText(/^(Oui|OUI)$/).count()).toBeGreaterThan(0);
    expect(await page.getByText(/^(Activé|ACTIVÉ|Désactivé|DÉSACTIVÉ)$/).count()).toBe(0);
    // The field shows before the saved settings have filled it: wait for the amount.
    await expect.poll(() => couple.inputValue(), { timeout: 10_000 }).toBe('60,00');
    // An amount above 10 000 € is confirmed once; cancelled, the field is emptied to be typed again (B8).
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await couple.fill('20000');
    await couple.blur();
    await expect.poll(() => asked).toContain('plus de 10 000 €');
    expect(await couple.inputValue()).toBe('');
    await couple.fill('75');
    await page.getByLabel(/Adresse de contact/).fill('bureau@aec-exemple.fr');
    await shot(page, '8-reglages');
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'PUT' && response.url().includes('association-setting'),
    );
    await page.getByRole('button', { name: /^(Enregistrer|Save)$/ }).click();
    expect((await saved).status()).toBe(200);
    await page.context().close();

    const member = await loggedIn(browser, 'claire.lefevre@exemple.fr');
    try {
      await member.page.goto(siteUrl('/espace-membres/cotisation'));
      const main = member.page.locator('main');
      expect(await main.getByText('75,00 €').first().isVisible()).toBe(true);
      const png = PNG.sync.read(await member.page.locator('.qr [role="img"]').screenshot());
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(decoded?.data.split('\n')[7]).toBe('EUR75.00');
      const footer = member.page.locator('footer');
      expect(await footer.getByRole('link', { name: 'bureau@aec-exemple.fr' }).getAttribute('href')).toBe(
        'mailto:bureau@aec-exemple.fr',
      );
    } finally {
      await member.context.close();
      await restoreSettings({
        coupleCents: defaultSettings.dues.coupleCents,
        contactEmail: defaultSettings.identity.contactEmail,
      });
    }
  });

  it('un compte désactivé par un bénévole n’ouvre plus « Mon compte », même une page vue à l’instant', async () => {
    const email = 'claire.lefevre@exemple.fr';
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${await adminToken()}` };
    const users = `${inject('strapiUrl')}/content-manager/collection-types/plugin::users-permissions.user`;
    const found = (await (
      await fetch(`${users}?${new URLSearchParams({ 'filters[email][$eq]': email })}`, { headers })
    ).json()) as { results: Array<{ documentId: string }> };
    const documentId = found.results[0]!.documentId;
    const setBlocked = async (blocked: boolean) => {
      const response = await fetch(`${users}/${documentId}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ blocked }),
      });
      expect(response.status).toBe(200);
    };

    const member = await loggedIn(browser, email);
    try {
      expect(await member.page.getByRole('heading', { level: 1 }).textContent()).toContain('Mon compte');
      await setBlocked(true);
      await member.page.goto(siteUrl('/espace-membres/mon-compte'));
      expect(new URL(member.page.url()).pathname).toBe('/connexion');
    } finally {
      await setBlocked(false);
      await member.context.close();
    }
  });

  it('exporte la liste des membres, puis importe un petit fichier après l’essai à blanc', async () => {
    const page = await volunteerPage();
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
    await page.getByRole('link', { name: 'Export et import des membres' }).click();
    await page.getByRole('heading', { name: 'Exporter la liste des membres' }).waitFor({ timeout: 30_000 });
    await shot(page, '4-export-import');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le fichier CSV' }).click();
    const file = await (await download).path();
    const csv = await readFile(file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Lefèvre');
    await page.getByText(/Fichier téléchargé : \d+ membres/).waitFor();

    await page.getByLabel('Fichier CSV').setInputFiles({
      name: 'ancien-fichier.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'Civilité;Prénom;Nom;E-mail;Adresse;Code postal;Ville;Prochaine échéance',
          'Mme;Berthe;Morisot;berthe.morisot@import-e2e.exemple.fr;5 rue des Peintres;89000;Auxerre;31/12/2026',
          'M.;Bernard;Palissy;bernard.palissy@import-e2e.exemple.fr;1 rue des Émaux;47000;Agen;',
          'M.;Sans;Code;sans.code@import-e2e.exemple.fr;2 rue;;Auxerre;',
        ].join('\r\n'),
      ),
    });
    await page.getByRole('button', { name: 'Vérifier le fichier (essai à blanc)' }).click();
    await page.getByText('3 lignes lues : 2 membres à créer, 0 déjà inscrit (ignoré), 1 ligne refusée.').waitFor();
    const problem = page.getByRole('table').getByRole('row').filter({ hasText: 'Indiquez le code postal.' });
    expect(await problem.getByRole('cell').allTextContents()).toEqual(['4', 'Code postal', 'Indiquez le code postal.']);
    await importPanel(page).screenshot({ path: path.join(GUIDE, '5-essai-a-blanc.png') });

    await page.getByRole('button', { name: 'Importer 2 membres' }).click();
    await page.getByText('Import terminé : 2 membres créés.').waitFor({ timeout: 30_000 });
    await importPanel(page).screenshot({ path: path.join(GUIDE, '6-import-termine.png') });

    // « Courriels »: the welcome mails of the import, sent.
    await page.getByRole('link', { name: 'Courriels' }).click();
    const sent = page.getByRole('row').filter({ hasText: 'berthe.morisot@import-e2e.exemple.fr' });
    await sent.first().waitFor({ timeout: 30_000 });
    await page.getByLabel('Afficher').selectOption('envoye');
    await sent.filter({ hasText: 'Envoyé' }).first().waitFor({ timeout: 30_000 });
    await shot(page, '7-courriels');
    await page.context().close();

    // Berthe receives « première connexion », chooses her password and lands on her account, up to date.
    const mail = await latestMail(
      'berthe.morisot@import-e2e.exemple.fr',
      'Votre espace membre sur le site de l’AEC : première connexion',
    );
    const link = /(http\S+reinitialiser-mot-de-passe\?code=\S+)/.exec(mail.text)?.[1];
    expect(link).toContain('premiere=1');
    const berthe = await openJourney(browser);
    await berthe.page.goto(link!.replace(new URL(link!).origin, new URL(inject('siteUrl')).origin));
    await berthe.page.getByRole('heading', { name: 'Choisissez votre mot de passe' }).waitFor();
    await berthe.page.getByRole('textbox', { name: 'Nouveau mot de passe' }).fill('Faience-de-Nevers-1789');
    await berthe.page.getByRole('textbox', { name: 'Le même mot de passe, à nouveau' }).fill('Faience-de-Nevers-1789');
    await berthe.page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click();
    await berthe.page.waitForURL(/\/espace-membres\/mon-compte/);
    expect(await berthe.page.getByText('À jour — prochaine échéance le').isVisible()).toBe(true);
    await berthe.context.close();
  });
});

describe.skipIf(!hasChromium)('un éditeur dans l’administration', () => {
  it('lit les fiches soumises, en ouvre une sans erreur du serveur et la publie : l’accueil en compte une de moins ; la page des bénévoles lui dit qu’elle n’est pas pour lui (B11, B12)', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 500) failures.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(admin(''));
    await page.locator('input[name="email"]').fill('editeur.demo@exemple.fr');
    await page.locator('input[name="password"]').fill('Editeur-AEC-demo-2026');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
    // Home: what waits for an editor, and nothing of the dues.
    const queue = page.getByRole('link', { name: /fiches? soumises? à relire/ });
    await queue.waitFor({ timeout: 30_000 });
    const submitted = await countIn(queue);
    expect(submitted).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /à confirmer|en retard/ }).count()).toBe(0);
    expect(await page.getByText('Les membres sur 12 mois, en fin de mois').count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Prochain événement : / }).count()).toBe(1);
    await queue.click();
    await page.waitForURL(/api::fiche\.fiche/);
    await page.locator('tbody tr').first().click();
    await page.getByRole('textbox', { name: /titre/i }).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(failures).toEqual([]);
    await expectNoEnglish(page);
    // No technical field in front of an editor.
    expect(await page.locator('body').innerText()).not.toContain('searchText');

    // She publishes it: it leaves the queue, and the home page counts one less.
    const documentId = /api::fiche\.fiche\/([^/?]+)/.exec(page.url())?.[1] ?? '';
    const published = page.waitForResponse(
      (response) => response.request().method() === 'POST' && /\/actions\/publish/.test(response.url()),
    );
    await page.getByRole('button', { name: /^Publier$/ }).click();
    expect((await published).status()).toBe(200);
    try {
      expect(await homeCount(page, /fiches? soumises? à relire/)).toBe(submitted - 1);
    } finally {
      // Back in the queue for the other journeys.
      await restoreSubmitted(documentId);
    }

    await page.goto(admin('/membres-csv'));
    await page
      .getByRole('alert')
      .filter({ hasText: 'Vous n’avez pas accès à cette page' })
      .waitFor({ timeout: 30_000 });
    await context.close();
  });
});
