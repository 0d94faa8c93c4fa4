/** Guide §1–3: se connecter, se souvenir de moi, mot de passe oublié, se déconnecter — in Chromium. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from './harness/browser';
import { fillLogin, lastMailId, latestMail, openJourney, PASSWORD, sessionCookie, siteUrl } from './harness/site';
import { RETURN_ATTACKS } from '../tests/return-attacks';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!hasChromium)('Se connecter (guide §1–2)', () => {
  it('depuis l’en-tête, le formulaire s’ouvre au premier plan, puis le membre revient sur la même page', async () => {
    const { context, page } = await openJourney(browser);
    await page.goto(siteUrl('/association'));
    await page.getByRole('link', { name: 'Se connecter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Se connecter' });
    await dialog.waitFor();
    expect(await dialog.getByText('L’adresse du deuxième adhérent').isVisible()).toBe(true);
    expect(await dialog.getByRole('link', { name: 'Mot de passe oublié ?' }).isVisible()).toBe(true);
    // Focus is inside the dialog, on the address field.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
    await fillLogin(dialog, 'marie.dupont@exemple.fr', PASSWORD);
    await page.waitForURL(siteUrl('/association'));
    expect(await page.getByRole('button', { name: 'Se déconnecter' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Se connecter' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Espace membres – Mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Espace membres – Mon compte' }).waitFor();
    await context.close();
  });

  it('la touche Échap ferme le formulaire', async () => {
    const { context, page } = await openJourney(browser);
    await page.goto(siteUrl('/'));
    await page.getByRole('link', { name: 'Se connecter' }).click();
    await page.getByRole('dialog', { name: 'Se connecter' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await context.close();
  });

  for (const javaScript of [true, false]) {
    it(`une page réservée aux membres montre d’abord le formulaire, puis s’ouvre${javaScript ? '' : ' — sans JavaScript'}`, async () => {
      const { context, page } = await openJourney(browser, { javaScript });
      await page.goto(siteUrl('/espace-membres/mon-compte'));
      expect(new URL(page.url()).pathname).toBe('/connexion');
      expect(await page.getByText('réservée aux membres').isVisible()).toBe(true);
      await fillLogin(page, 'jean.martin@exemple.fr', PASSWORD);
      await page.waitForURL(siteUrl('/espace-membres/mon-compte'));
      // Jean's dues are overdue: said in words, not only in red.
      expect(await page.getByText('Échéance dépassée depuis le').isVisible()).toBe(true);
      await context.close();
    });
  }

  for (const javaScript of [true, false]) {
    it(`une erreur ne dit pas si c’est l’adresse ou le mot de passe, et garde l’adresse saisie${javaScript ? '' : ' — sans JavaScript'}`, async () => {
      const { context, page } = await openJourney(browser, { javaScript });
      await page.goto(siteUrl('/connexion'));
      await fillLogin(page, 'claire.lefevre@exemple.fr', 'pas-le-bon-mot-de-passe');
      await page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect' }).waitFor();
      expect(await page.locator('main').getByLabel('Adresse e-mail').inputValue()).toBe('claire.lefevre@exemple.fr');
      expect(await page.locator('main').getByRole('textbox', { name: 'Mot de passe', exact: true }).inputValue()).toBe(
        '',
      );
      expect(await page.title()).toMatch(/^Erreur : /);
      await context.close();
    });
  }

  for (const javaScript of [true, false]) {
    it(`l’adresse du deuxième adhérent n’ouvre pas le compte${javaScript ? '' : ' — sans JavaScript'}`, async () => {
      const { context, page } = await openJourney(browser, { javaScript });
      await page.goto(siteUrl('/connexion'));
      await fillLogin(page, 'paul.lefevre@exemple.fr', PASSWORD);
      await page.getByText('Adresse e-mail ou mot de passe incorrect').first().waitFor();
      await context.close();
    });
  }

  for (const javaScript of [true, false]) {
    it(`un compte désactivé reçoit un message calme qui dit qui contacter${javaScript ? '' : ' — sans JavaScript'}`, async () => {
      const { context, page } = await openJourney(browser, { javaScript });
      await page.goto(siteUrl('/connexion'));
      await fillLogin(page, 'henri.moreau@exemple.fr', PASSWORD);
      const message = page.getByText('Votre compte est désactivé');
      await message.first().waitFor();
      expect(await page.getByText('contact@assoetudeceramique.org').first().isVisible()).toBe(true);
      await context.close();
    });
  }
});

describe.skipIf(!hasChromium)('Se souvenir de moi', () => {
  for (const javaScript of [true, false]) {
    it(`non cochée : des cookies de session, httpOnly, qui finissent avec le navigateur${javaScript ? '' : ' — sans JavaScript'}`, async () => {
      const { context, page } = await openJourney(browser, { javaScript });
      await page.goto(siteUrl('/connexion'));
      await fillLogin(page, 'marie.dupont@exemple.fr', PASSWORD, false);
      await page.waitForURL(siteUrl('/espace-membres/mon-compte'));
      const cookies = await context.cookies();
      const refresh = cookies.find((cookie) => cookie.name === 'aec_refresh');
      expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Lax', expires: -1 });
      expect(cookies.find((cookie) => cookie.name === 'aec_access')?.httpOnly).toBe(true);
      expect(cookies.some((cookie) => cookie.name === 'aec_remember')).toBe(false);
      // No Strapi token is readable from the page's JavaScript.
      expect(await page.evaluate(() => document.cookie)).toBe('');
      await context.close();
    });
  }

  for (const javaScript of [true, false]) {
    it(`cochée : la connexion dure 30 jours${javaScript ? '' : ' — sans JavaScript'}`, async () => {
      const { context, page } = await openJourney(browser, { javaScript });
      await page.goto(siteUrl('/connexion'));
      await fillLogin(page, 'marie.dupont@exemple.fr', PASSWORD, true);
      await page.waitForURL(siteUrl('/espace-membres/mon-compte'));
      const refresh = (await context.cookies()).find((cookie) => cookie.name === 'aec_refresh');
      const days = ((refresh?.expires ?? 0) * 1000 - Date.now()) / 86_400_000;
      expect(refresh?.httpOnly).toBe(true);
      expect(days).toBeGreaterThan(29.9);
      expect(days).toBeLessThanOrEqual(30);
      await context.close();
    });
  }
});

describe.skipIf(!hasChromium)('Se déconnecter (guide §3)', () => {
  for (const javaScript of [true, false]) {
    it(`ferme la session sur le serveur : un cookie copié avant ne marche plus${javaScript ? '' : ' — sans JavaScript'}`, async () => {
      const { context, page } = await openJourney(browser, { javaScript });
      await page.goto(siteUrl('/connexion'));
      await fillLogin(page, 'claire.lefevre@exemple.fr', PASSWORD, true);
      await page.waitForURL(siteUrl('/espace-membres/mon-compte'));
      const copied = await context.cookies();
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.waitForURL(siteUrl('/?deconnecte=1'));
      expect(await page.getByRole('link', { name: 'Se connecter' }).isVisible()).toBe(true);

      const thief = await browser.newContext({ locale: 'fr-FR' });
      await thief.addCookies(copied);
      const stolen = await thief.newPage();
      await stolen.goto(siteUrl('/espace-membres/mon-compte'));
      expect(new URL(stolen.url()).pathname).toBe('/connexion');
      await thief.close();
      await context.close();
    });
  }
});

describe.skipIf(!hasChromium)('Mot de passe oublié (guide §2bis, 3 étapes)', () => {
  for (const javaScript of [true, false]) {
    it(`étape 1 l’adresse, étape 2 le mail, étape 3 deux fois le mot de passe, puis le membre est connecté${javaScript ? '' : ' — sans JavaScript'}`, async () => {
      const { context, page } = await openJourney(browser, { javaScript });
      const since = await lastMailId();
      await page.goto(siteUrl('/connexion'));
      await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
      await page.locator('main').getByLabel('Adresse e-mail').fill('claire.lefevre@exemple.fr');
      await page.getByRole('button', { name: 'Recevoir le lien' }).click();
      await page.getByRole('status').filter({ hasText: 'Si un compte correspond à cette adresse' }).waitFor();
      expect(await page.getByText('courriers indésirables').isVisible()).toBe(true);

      const mail = await latestMail('claire.lefevre@exemple.fr', 'Réinitialiser votre mot de passe', since);
      const link = /(http\S+reinitialiser-mot-de-passe\?code=\S+)/.exec(mail.text)?.[1];
      expect(link).toBeTruthy();
      await page.goto(link!.replace(new URL(link!).origin, new URL(inject('siteUrl')).origin));
      await page.getByRole('heading', { name: 'Réinitialiser votre mot de passe' }).waitFor();
      // The guide: the new password may be the same as before.
      await page.getByRole('textbox', { name: 'Nouveau mot de passe' }).fill(PASSWORD);
      await page.getByRole('textbox', { name: 'Le même mot de passe, à nouveau' }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Enregistrer mon nouveau mot de passe' }).click();
      await page.waitForURL(/\/espace-membres\/mon-compte/);
      await page
        .getByRole('status')
        .filter({ hasText: 'Votre nouveau mot de passe a bien été pris en compte' })
        .waitFor();

      // The same link a second time: its own explanation and a button to ask again.
      await page.goto(link!.replace(new URL(link!).origin, new URL(inject('siteUrl')).origin));
      await page.getByText('Ce lien a déjà servi').waitFor();
      expect(await page.getByRole('link', { name: 'Recevoir un nouveau lien' }).isVisible()).toBe(true);
      await context.close();
    });
  }
});

describe.skipIf(!hasChromium)('sans JavaScript', () => {
  it('« Se connecter » mène à la page de connexion, qui marche, et la déconnexion aussi', async () => {
    const { context, page } = await openJourney(browser, { javaScript: false });
    await page.goto(siteUrl('/colloques'));
    await page.getByRole('link', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/connexion\?retour=%2Fcolloques/);
    await fillLogin(page, 'jean.martin@exemple.fr', PASSWORD, true);
    await page.waitForURL(siteUrl('/colloques'));
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(siteUrl('/?deconnecte=1'));
    await context.close();
  });

  it('les erreurs s’affichent à côté du champ et en résumé', async () => {
    const { context, page } = await openJourney(browser, { javaScript: false });
    await page.goto(siteUrl('/connexion'));
    await page.getByLabel('Adresse e-mail').fill('jean.martin@');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Le formulaire contient 2 erreurs' }).waitFor();
    expect(await page.locator('#email-error').textContent()).toContain('adresse e-mail valide');
    expect(await page.locator('#password-error').textContent()).toContain('Indiquez votre mot de passe');
    expect(await page.getByLabel('Adresse e-mail').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe('jean.martin@');
    await context.close();
  });

  it('mot de passe oublié, avec un lien expiré ou inventé expliqué simplement', async () => {
    const { context, page } = await openJourney(browser, { javaScript: false });
    await page.goto(siteUrl('/mot-de-passe-oublie'));
    await page.locator('main').getByLabel('Adresse e-mail').fill('personne@exemple.fr');
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await page.getByText('Si un compte correspond à cette adresse').waitFor();
    await page.goto(siteUrl('/reinitialiser-mot-de-passe?code=un-lien-invente-qui-ne-marche-pas'));
    await page.getByText('Ce lien n’est pas valable').waitFor();
    await context.close();
  });
});

describe('les protections du formulaire', () => {
  it('refuse un envoi venu d’un autre site (403)', async () => {
    const response = await fetch(siteUrl('/connexion'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://pirate.example' },
      body: new URLSearchParams({ email: 'marie.dupont@exemple.fr', password: PASSWORD }),
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
  });

  /** Where the browser goes with this Location: it must be this site. */
  const landsOnSite = (location: string | null) =>
    new URL(location ?? '', siteUrl('/connexion')).origin === new URL(siteUrl('/')).origin;
  const attacks = RETURN_ATTACKS.filter((value): value is string => typeof value === 'string' && value !== '');

  it.each(attacks)('ne renvoie jamais ailleurs que sur le site après connexion (%j)', async (target) => {
    const { response } = await sessionCookie('marie.dupont@exemple.fr', target);
    expect(response.status).toBe(303);
    expect(landsOnSite(response.headers.get('location'))).toBe(true);
    expect(response.headers.get('location')).toBe('/espace-membres/mon-compte');
  });

  it('déjà connecté, « Se connecter » avec une adresse de retour piégée reste sur le site', async () => {
    const { cookie } = await sessionCookie('marie.dupont@exemple.fr');
    for (const target of attacks) {
      const response = await fetch(`${siteUrl('/connexion')}?retour=${encodeURIComponent(target)}`, {
        headers: { cookie },
        redirect: 'manual',
      });
      expect(response.status, target).toBe(303);
      expect(response.headers.get('location'), target).toBe('/espace-membres/mon-compte');
    }
    // The same trick, left unencoded in the address as a phishing mail would write it.
    for (const raw of ['/.//pirate.example/phish', '/%2e//pirate.example/phish', '/a/..//pirate.example/phish']) {
      const response = await fetch(`${siteUrl('/connexion')}?retour=${raw}`, {
        headers: { cookie },
        redirect: 'manual',
      });
      expect(landsOnSite(response.headers.get('location')), raw).toBe(true);
    }
  });
});

describe.skipIf(!hasChromium)('une page réservée aux membres par les éditeurs', () => {
  it('un visiteur n’en voit rien, se connecte depuis la page, puis la lit', async () => {
    const { context, page } = await openJourney(browser, { javaScript: false });
    const response = await page.goto(siteUrl('/compte-rendu-assemblee-generale'));
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain('rapport moral');
    await page.locator('main').getByRole('link', { name: 'Se connecter' }).click();
    expect(page.url()).toContain('retour=%2Fcompte-rendu-assemblee-generale');
    await fillLogin(page, 'jean.martin@exemple.fr', PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Compte rendu de l’assemblée générale' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/compte-rendu-assemblee-generale');
    expect(await page.getByText('Le rapport moral et le rapport financier').isVisible()).toBe(true);
    await context.close();
  });
});

describe.skipIf(!hasChromium)('une actualité réservée aux membres', () => {
  it('un visiteur reçoit le formulaire de connexion, puis la lit une fois connecté', async () => {
    const { context, page } = await openJourney(browser);
    const response = await page.goto(siteUrl('/actualites/conseil-administration-decisions'));
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain('numérisation des actes');
    await page.locator('main').getByRole('link', { name: 'Se connecter' }).click();
    await page.waitForURL('**/connexion?retour=*');
    await fillLogin(page, 'marie.dupont@exemple.fr', PASSWORD);
    await page
      .getByRole('heading', { level: 1, name: 'Conseil d’administration : les décisions du trimestre' })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/actualites/conseil-administration-decisions');
    expect(await page.getByText('numérisation des actes anciens').isVisible()).toBe(true);
    await context.close();
  });
});
