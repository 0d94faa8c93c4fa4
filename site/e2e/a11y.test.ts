/**
 * axe-core over every page type: public, member, forms with errors. 0 violations, on the page
 * named: a redirect (to /connexion, say) would check another page than the one the test says.
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
    '/',
    '/association',
    '/actualites',
    '/actualites/bienvenue-nouveau-site',
    '/agenda',
    '/contact',
    '/adherer',
    '/adherer/1',
    '/adherer/confirmer?code=x',
    '/apercu?type=page&id=x&expires=1&signature=x',
    '/rubriques',
    '/rubriques/marques-et-signatures',
    '/recherche?q=Nevers',
    '/connexion',
    '/mot-de-passe-oublie',
    '/reinitialiser-mot-de-passe?code=x',
    '/nexiste-pas',
  ])('la page publique %s', async (path) => {
    const { context, page } = await openJourney(browser);
    const response = await page.goto(siteUrl(path));
    await expectReached(page, path);
    expect(response?.status()).toBe(path === '/nexiste-pas' ? 404 : 200);
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
