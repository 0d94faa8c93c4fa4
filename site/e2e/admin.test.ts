/**
 * A volunteer in the Strapi admin panel, in Chromium: logs in, finds the overdue demo member
 * with the filter, confirms his declared transfer; the member's "Mon compte" then says "À jour".
 * The screenshots illustrate the volunteers' guide (cms/docs/guide-benevoles.md).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminToken } from './harness/admin';
import { hasChromium, launchChromium } from './harness/browser';
import { loggedIn, siteUrl } from './harness/site';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const GUIDE = path.resolve(__dirname, '../../cms/docs/guide-benevoles');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(GUIDE, `${name}.png`) });
const admin = (pathname: string) => `${inject('strapiUrl')}/admin${pathname}`;
const JEAN = 'jean.martin@exemple.fr';

async function declaredPaymentOf(email: string): Promise<string | null> {
  const query = new URLSearchParams({
    'filters[$and][0][profile][accountEmail][$eq]': email,
    'filters[$and][1][state][$eq]': 'declare',
  });
  const response = await fetch(
    `${inject('strapiUrl')}/content-manager/collection-types/api::dues-payment.dues-payment?${query}`,
    { headers: { authorization: `Bearer ${await adminToken()}` } },
  );
  const body = (await response.json()) as { results?: Array<{ documentId: string }> };
  return body.results?.[0]?.documentId ?? null;
}

describe.skipIf(!hasChromium)('un bénévole dans l’administration', () => {
  it('trouve le membre en retard avec le filtre, confirme son virement ; le membre se voit à jour', async () => {
    // Jean, overdue, says he has paid by transfer.
    const member = await loggedIn(browser, JEAN);
    await member.page.goto(siteUrl('/espace-membres/cotisation'));
    const declare = member.page.locator('main').getByRole('button', { name: 'J’ai fait mon virement' });
    if ((await declare.count()) > 0) {
      await declare.click();
      await member.page.getByText('Votre virement est enregistré comme déclaré').waitFor();
    }

    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.goto(admin(''));
    await page.locator('input[name="email"]').fill('benevole.demo@exemple.fr');
    await page.locator('input[name="password"]').fill('Benevole-AEC-demo-2026');
    await shot(page, '1-connexion');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });

    // Members whose due date has passed, by the filter on "Prochaine échéance".
    const today = new Date().toISOString().slice(0, 10);
    await page.goto(
      admin(
        `/content-manager/collection-types/api::member-profile.member-profile?page=1&pageSize=10&sort=lastName:ASC&filters[$and][0][nextDueDate][$lt]=${today}`,
      ),
    );
    await page.getByText(JEAN).first().waitFor({ timeout: 30_000 });
    await shot(page, '2-membres-en-retard');

    // His declared transfer: state "confirme", save.
    const documentId = await declaredPaymentOf(JEAN);
    expect(documentId).toBeTruthy();
    await page.goto(admin(`/content-manager/collection-types/api::dues-payment.dues-payment/${documentId}`));
    const state = page.getByRole('combobox', { name: /État/ });
    await state.waitFor({ timeout: 30_000 });
    await state.click();
    await page.getByRole('option', { name: 'confirme' }).click();
    await shot(page, '3-confirmer-le-virement');
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'PUT' && response.url().includes(`/${documentId}`),
    );
    await page.getByRole('button', { name: /^(Enregistrer|Save)$/ }).click();
    expect((await saved).status()).toBe(200);
    await context.close();

    // Jean's "Mon compte" now says he is up to date.
    await member.page.goto(siteUrl('/espace-membres/mon-compte'));
    expect(await member.page.getByText('À jour — prochaine échéance le').isVisible()).toBe(true);
    await member.context.close();
  });
});
