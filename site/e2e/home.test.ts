import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { draftPagePreviewUrl, publishArticle } from './harness/admin';
import { hasChromium, launchChromium } from './harness/browser';
import { aPublishedFiche, sessionCookie, siteUrl } from './harness/site';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!hasChromium)('la page d’accueil, dans Chromium', () => {
  it('montre le nom de l’association, une actualité, le prochain rendez-vous, les dernières fiches et « Se connecter »', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    const response = await page.goto(inject('siteUrl'));
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toBe("Association d'Étude de la Céramique");
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe("Association d'Étude de la Céramique");
    await page.getByRole('link', { name: 'Assemblée générale : le compte rendu est en ligne' }).waitFor();
    const events = page.getByRole('region', { name: 'Prochains rendez-vous' });
    expect(await events.getByText('Visite des réserves du musée Leblanc-Duvernoy').isVisible()).toBe(true);
    expect(await events.getByText('Colloque de céramologie 2026').count()).toBe(0);
    const fiches = page.getByRole('region', { name: 'Dernières fiches publiées' });
    expect(await fiches.getByRole('link').count()).toBeGreaterThan(0);
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

describe.skipIf(!hasChromium)('un visiteur parcourt le site', () => {
  it('accueil → une page → une actualité → une rubrique → une fiche', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    await page.goto(inject('siteUrl'));
    const menu = page.getByRole('navigation', { name: 'Navigation principale' });
    await menu.locator('summary', { hasText: 'L’association' }).click();
    await menu.getByRole('link', { name: 'Les colloques' }).click();
    await page.getByRole('heading', { level: 1, name: 'Les colloques' }).waitFor();
    await menu.getByRole('link', { name: 'Actualités' }).click();
    await page.getByRole('link', { name: 'Bienvenue sur le nouveau site' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bienvenue sur le nouveau site' }).waitFor();
    // Members-only articles are never listed for visitors.
    await page.goto(new URL('/actualites', inject('siteUrl')).toString());
    expect(await page.getByText('Conseil d’administration').count()).toBe(0);
    await menu.getByRole('link', { name: 'Fiches des membres' }).click();
    await page
      .getByRole('link', { name: /Marques et signatures/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /Marques et signatures/ }).waitFor();
    const fiche = page.locator('main').getByRole('listitem').getByRole('link').first();
    const title = (await fiche.textContent())?.trim() ?? '';
    await fiche.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.close();
  });

  it('une actualité que publie un éditeur apparaît sur le site, sans reconstruction', async () => {
    const slug = `nouvelle-acquisition-${Date.now()}`;
    await publishArticle({
      title: 'Une nouvelle acquisition au musée',
      slug,
      summary: 'Le musée a acquis une terrine en faïence.',
      text: 'Une terrine en forme de canard rejoint les collections. <script>alert("x")</script>',
    });
    const page = await browser.newPage({ locale: 'fr-FR' });
    await page.goto(new URL('/actualites', inject('siteUrl')).toString());
    await page.getByRole('link', { name: 'Une nouvelle acquisition au musée' }).click();
    await page.waitForURL(`**/actualites/${slug}`);
    expect(await page.getByText('Une terrine en forme de canard').isVisible()).toBe(true);
    // What an editor types is text. (Strapi itself refuses a javascript: link in rich text.)
    expect(await page.getByText('<script>alert("x")</script>').isVisible()).toBe(true);
    expect(await page.locator('main script').count()).toBe(0);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('l’aperçu des brouillons', () => {
  it('un éditeur voit sa page avant de la publier ; le public ne la voit pas ; un lien modifié ne sert à rien', async () => {
    const slug = `page-en-preparation-${Date.now()}`;
    const url = new URL(
      await draftPagePreviewUrl({ title: 'Le programme du prochain colloque', slug, text: 'Programme provisoire.' }),
    );
    expect(url.pathname).toBe('/apercu');
    const page = await browser.newPage({ locale: 'fr-FR' });
    const address = new URL(url.pathname + url.search, inject('siteUrl')).toString();
    const response = await page.goto(address);
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    // Shown in a frame of the admin, wherever Strapi runs (here not on its usual port) (B7).
    expect(response?.headers()['content-security-policy']).toContain(
      `frame-ancestors ${new URL(inject('strapiUrl')).origin}`,
    );
    await page.getByRole('heading', { level: 1, name: 'Le programme du prochain colloque' }).waitFor();
    expect(await page.getByText('cette version n’est pas encore publiée').isVisible()).toBe(true);
    expect(await page.getByText('Programme provisoire.').isVisible()).toBe(true);

    expect((await page.goto(new URL(`/${slug}`, inject('siteUrl')).toString()))?.status()).toBe(404);
    const tampered = address.replace('signature=', 'signature=x');
    expect((await page.goto(tampered))?.status()).toBe(403);
    expect(await page.getByRole('heading', { level: 1, name: 'Aperçu indisponible' }).isVisible()).toBe(true);
    await page.close();
  });
});

describe('le cache', () => {
  it('les pages publiques se gardent une minute en cache partagé ; celles d’un membre connecté, jamais', async () => {
    for (const path of ['/', '/association', '/actualites', '/actualites/bienvenue-nouveau-site', '/rubriques']) {
      const response = await fetch(new URL(path, inject('siteUrl')));
      expect(response.headers.get('cache-control'), path).toBe(
        'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
      );
      expect(response.headers.get('vary'), path).toContain('Cookie');
    }
    const login = await fetch(new URL('/connexion', inject('siteUrl')), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: inject('siteUrl') },
      body: new URLSearchParams({ email: 'marie.dupont@exemple.fr', password: 'Demo-Ceramique-2026', retour: '/' }),
      redirect: 'manual',
    });
    const cookies = login.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; ');
    for (const path of ['/', '/association', '/espace-membres/mon-compte']) {
      const response = await fetch(new URL(path, inject('siteUrl')), { headers: { cookie: cookies } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('private, no-store');
    }
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

describe('le banc d’essai', () => {
  it('sa page nue n’existe que pour lui (MEASURE=true) : ailleurs, c’est la page introuvable', async () => {
    const response = await fetch(new URL('/page-nue', inject('siteUrl')));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Page nue');
  });
});

describe('un cookie de connexion périmé, fermé ou inventé sur les pages publiques', () => {
  /** A token Strapi refuses: its session closed by « Se déconnecter ». */
  async function closedToken(): Promise<string> {
    const { cookie } = await sessionCookie('jean.martin@exemple.fr');
    const logout = await fetch(siteUrl('/deconnexion'), {
      method: 'POST',
      headers: { cookie, origin: new URL(inject('siteUrl')).origin },
      redirect: 'manual',
    });
    expect(logout.status).toBe(303);
    return /aec_access=([^;]+)/.exec(cookie)?.[1] ?? '';
  }

  /** The access cookie is told to go (expired at once), so the next page is not refused again. */
  function dropsAccessCookie(response: Response): boolean {
    return response.headers
      .getSetCookie()
      .some((line) => line.startsWith('aec_access=') && /Expires=Thu, 01 Jan 1970|Max-Age=0/i.test(line));
  }

  it('la page, l’actualité et la fiche s’affichent comme à un visiteur, et le cookie refusé est effacé', async () => {
    const fiche = await aPublishedFiche();
    const forged = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"id":1}').toString('base64url')}.x`;
    for (const token of ['x', forged, await closedToken()]) {
      for (const [pathname, heading] of [
        [`/fiches/${fiche.documentId}`, fiche.title],
        ['/association', 'L’association'],
        ['/actualites/bienvenue-nouveau-site', 'Bienvenue sur le nouveau site'],
      ] as const) {
        const response = await fetch(siteUrl(pathname), { headers: { cookie: `aec_access=${token}` } });
        expect(response.status, `${pathname} avec ${token.slice(0, 12)}`).toBe(200);
        const html = await response.text();
        expect(html, pathname).toContain(heading);
        expect(html, pathname).toContain('Se connecter');
        expect(dropsAccessCookie(response), pathname).toBe(true);
        // An answer that sets a cookie is this browser's alone.
        expect(response.headers.get('cache-control'), pathname).toBe('private, no-store');
      }
    }
  });

  it('un contenu réservé aux membres reste introuvable, sans erreur, avec un cookie inventé', async () => {
    const response = await fetch(siteUrl('/compte-rendu-assemblee-generale'), { headers: { cookie: 'aec_access=x' } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('rapport moral');
    expect(dropsAccessCookie(response)).toBe(true);
  });
});
