/**
 * axe-core over every page type: public, member, forms with errors. 0 violations, on the page
 * named: a redirect (to /connexion, say) would check another page than the one the test says;
 * each page answers its own status (a refused preview 403, a used reset link 410).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { hasChromium, launchChromium } from './harness/browser';
import { loggedIn, openJourney, siteUrl } from './harness/site';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The browser shows the page asked for, with its title: not a redirect, not an empty page. */
async function expectReached(page: Page, path: string): Promise<void> {
  expect(new URL(page.url()).pathname, path).toBe(new URL(siteUrl(path)).pathname);
  expect(await page.locator('h1').count(), path).toBe(1);
}

describe.skipIf(!hasChromium)('accessibilité (axe-core, WCAG 2.1 AA)', () => {
  it.each([
    ['/', 200],
    ['/association', 200],
    ['/actualites', 200],
    ['/actualites/bienvenue-nouveau-site', 200],
    ['/agenda', 200],
    ['/contact', 200],
    ['/adherer', 200],
    ['/adherer/1', 200],
    ['/adherer/confirmer?code=x', 200],
    ['/apercu?type=page&id=x&expires=1&signature=x', 403],
    ['/rubriques', 200],
    ['/rubriques/marques-et-signatures', 200],
    ['/recherche?q=Nevers', 200],
    ['/connexion', 200],
    ['/mot-de-passe-oublie', 200],
    ['/reinitialiser-mot-de-passe?code=x', 410],
    ['/nexiste-pas', 404],
  ] as const)('la page publique %s (%i)', async (path, status) => {
    const { context, page } = await openJourney(browser);
    const response = await page.goto(siteUrl(path));
    await expectReached(page, path);
    expect(response?.status()).toBe(status);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('un formulaire avec des erreurs', async () => {
    const { context, page } = await openJourney(browser);
    await page.goto(siteUrl('/connexion'));
    await page.locator('main').getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: /Le formulaire contient/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('les formulaires publics avec des erreurs : adhérer, nous contacter', async () => {
    const { context, page } = await openJourney(browser);
    for (const [path, button] of [
      ['/adherer/1', 'Suivant'],
      ['/contact', 'Envoyer le message'],
    ] as const) {
      await page.goto(siteUrl(path));
      await page.locator('main').getByRole('button', { name: button }).click();
      await page.getByRole('heading', { name: /Le formulaire contient/ }).waitFor();
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  });

  it('le sous-menu ouvert', async () => {
    const { context, page } = await openJourney(browser);
    await page.goto(siteUrl('/'));
    await page.locator('summary', { hasText: 'L’association' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('le formulaire de connexion ouvert au premier plan', async () => {
    const { context, page } = await openJourney(browser);
    await page.goto(siteUrl('/'));
    await page.getByRole('link', { name: 'Se connecter' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('les pages des membres', async () => {
    const { context, page } = await loggedIn(browser, 'jean.martin@exemple.fr');
    for (const path of [
      '/espace-membres/mon-compte',
      '/espace-membres/fiche-membre/1',
      '/espace-membres/fiche-membre/3',
      '/espace-membres/fiche-membre/4',
      '/espace-membres/cotisation',
      '/espace-membres/mes-donnees',
      '/espace-membres/mot-de-passe',
      '/espace-membres/fiches',
      '/espace-membres/fiches/nouvelle',
      '/espace-membres/fiches/nouvelle/musees-et-collections',
    ]) {
      await page.goto(siteUrl(path));
      await expectReached(page, path);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.goto(siteUrl('/espace-membres/fiche-membre/2'));
    await page.locator('main').getByRole('textbox', { name: 'Ville' }).fill('');
    await page.locator('main').getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('heading', { name: /Le formulaire contient/ }).waitFor();
    expect(await axeViolations(page), 'étape 2 avec erreur').toEqual([]);
    await context.close();
  });
});
