import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from './harness/browser';

describe.skipIf(!hasChromium)('la page d’accueil, dans Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('montre le nom de l’association, une actualité venue de Strapi et « Se connecter »', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    const response = await page.goto(inject('siteUrl'));
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toBe("Association d'Étude de la Céramique");
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe("Association d'Étude de la Céramique");
    await page.getByRole('link', { name: 'Assemblée générale : le compte rendu est en ligne' }).waitFor();
    const login = page.getByRole('link', { name: 'Se connecter' });
    expect(await login.isVisible()).toBe(true);
    expect(await page.getByText('L’association', { exact: true }).first().isVisible()).toBe(true);
    await page.close();
  });

  it('ouvre une page des éditeurs depuis la navigation, et une page de son sous-menu', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    await page.goto(inject('siteUrl'));
    const menu = page.getByRole('navigation', { name: 'Navigation principale' });
    // The sub-menu opens from the keyboard too: it is a <details>.
    await menu.locator('summary', { hasText: 'L’association' }).focus();
    await page.keyboard.press('Enter');
    await menu.getByRole('link', { name: 'Les colloques' }).waitFor();
    await menu.getByRole('link', { name: 'L’association' }).click();
    await page.waitForURL('**/association');
    expect(await page.getByRole('heading', { level: 2, name: 'Histoire' }).isVisible()).toBe(true);
    await menu.locator('summary', { hasText: 'L’association' }).click();
    await menu.getByRole('link', { name: 'Les colloques' }).click();
    await page.waitForURL('**/colloques');
    await page.close();
  });
});

describe.skipIf(!hasChromium)('la recherche dans les fiches publiées', () => {
  it('trouve une fiche par ses mots, sans JavaScript', async () => {
    const browser = await launchChromium();
    const context = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(new URL('/rubriques', inject('siteUrl')).toString());
    expect(response?.status(), await page.content()).toBe(200);
    await page.locator('main').getByRole('searchbox', { name: 'Mots à chercher' }).fill('Sinceny');
    await page.locator('main').getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('link', { name: 'La marque au trident de Sinceny' }).waitFor();
    await browser.close();
  });
});

describe('ce que voient les moteurs de recherche', () => {
  it('le plan du site liste les pages publiques et jamais l’espace membres ; robots.txt l’exclut', async () => {
    const sitemap = await (await fetch(new URL('/sitemap.xml', inject('siteUrl')))).text();
    expect(sitemap).toContain('/association</loc>');
    expect(sitemap).toContain('/rubriques/marques-et-signatures</loc>');
    expect(sitemap).not.toContain('espace-membres');
    const robots = await (await fetch(new URL('/robots.txt', inject('siteUrl')))).text();
    expect(robots).toContain('Disallow: /espace-membres/');
  });

  it('chaque page a un titre, une description, une adresse canonique et les balises Open Graph', async () => {
    const html = await (await fetch(new URL('/association', inject('siteUrl')))).text();
    expect(html).toMatch(/<title>L’association – AEC<\/title>/);
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/localhost:\d+\/association">/);
    expect(html).toContain('property="og:title"');
  });
});
