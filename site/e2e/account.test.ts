/** Guide §4–6: Espace membres – Mon compte, Modifier ma fiche membre en 4 étapes, Payer votre cotisation — in Chromium. */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './harness/browser';
import {
  fillLogin,
  lastMailId,
  latestMail,
  loggedIn,
  openJourney,
  PASSWORD,
  sessionCookie,
  siteUrl,
  type Journey,
} from './harness/site';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const main = (page: Page) => page.locator('main');
const next = (page: Page) => main(page).getByRole('button', { name: 'Suivant' }).click();

describe.skipIf(!hasChromium)('Mon compte : la cotisation', () => {
  it('un membre dont l’échéance est dépassée la voit en rouge, avec les mots', async () => {
    const { context, page } = await loggedIn(browser, 'jean.martin@exemple.fr');
    const dues = page.locator('[data-dues]');
    expect(await dues.getAttribute('data-dues')).toBe('overdue');
    expect(await dues.textContent()).toContain('Échéance dépassée depuis le 31 décembre');
    expect(await dues.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(161, 28, 28)');
    expect(await page.getByText('n’entraîne pas de déconnexion').isVisible()).toBe(true);
    await context.close();
  });

  it('un membre à jour ne la voit pas en rouge', async () => {
    const { context, page } = await loggedIn(browser, 'marie.dupont@exemple.fr');
    const dues = page.locator('[data-dues]');
    expect(await dues.getAttribute('data-dues')).toBe('ok');
    expect(await dues.textContent()).toContain('À jour');
    // The guide's sections, in its words.
    for (const name of [
      'Fiche membre',
      'Voir et modifier mes fiches',
      'Créer une fiche',
      'Réinitialiser votre mot de passe',
      'Payer votre cotisation',
    ]) {
      expect(await page.getByRole('heading', { name, exact: true }).isVisible(), name).toBe(true);
    }
    expect(await page.getByRole('link', { name: 'Modifier ma fiche membre' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe.skipIf(!hasChromium)('Modifier ma fiche membre, en 4 étapes', () => {
  it('une erreur corrigée sans rien perdre, Précédent/Suivant, un deuxième adhérent ajouté puis retiré, le message vert', async () => {
    const { context, page } = await loggedIn(browser, 'marie.dupont@exemple.fr');
    await page.getByRole('link', { name: 'Modifier ma fiche membre' }).click();
    await page.getByText('Étape 1 sur 4 : identifiants').waitFor();
    // A required field left empty: message beside it and on top; the rest stays typed.
    await main(page).getByRole('textbox', { name: 'Téléphone', exact: true }).fill('03 86 00 00 00');
    await main(page).getByRole('textbox', { name: 'Prénom' }).fill('');
    await next(page);
    await page.getByRole('heading', { name: 'Le formulaire contient une erreur' }).waitFor();
    expect(await page.locator('#firstName-error').textContent()).toContain('Indiquez votre prénom.');
    expect(await main(page).getByRole('textbox', { name: 'Téléphone', exact: true }).inputValue()).toBe(
      '03 86 00 00 00',
    );
    await main(page).getByRole('textbox', { name: 'Prénom' }).fill('Marie');
    await next(page);
    await page.getByText('Étape 2 sur 4 : adresse').waitFor();
    await main(page)
      .getByRole('textbox', { name: /Complément d’adresse/ })
      .fill('Escalier B');
    // Précédent keeps what was typed on both steps.
    await main(page).getByRole('button', { name: 'Précédent' }).click();
    await page.getByText('Étape 1 sur 4 : identifiants').waitFor();
    expect(await main(page).getByRole('textbox', { name: 'Téléphone', exact: true }).inputValue()).toBe(
      '03 86 00 00 00',
    );
    await next(page);
    expect(
      await main(page)
        .getByRole('textbox', { name: /Complément d’adresse/ })
        .inputValue(),
    ).toBe('Escalier B');
    await next(page);
    await page.getByText('Étape 3 sur 4 : deuxième adhérent (facultatif)').waitFor();
    await main(page).getByRole('radio', { name: 'Oui' }).check();
    await next(page);
    expect(await page.locator('#firstName-error').textContent()).toContain('Indiquez votre prénom.');
    await main(page).getByRole('radio', { name: 'Monsieur' }).check();
    await main(page).getByRole('textbox', { name: 'Prénom' }).fill('Pierre');
    await main(page).getByRole('textbox', { name: 'Nom', exact: true }).fill('Dupont');
    await next(page);
    await page.getByText('Étape 4 sur 4 : validation').waitFor();
    expect(await main(page).getByText('Monsieur Pierre Dupont').isVisible()).toBe(true);
    expect(await main(page).getByText('Escalier B').isVisible()).toBe(true);
    await main(page).getByRole('button', { name: 'Confirmer et enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Vos modifications ont bien été enregistrées.' }).waitFor();
    expect(await page.getByText('Monsieur Pierre Dupont').isVisible()).toBe(true);

    // Remove him again.
    await page.getByRole('link', { name: 'Modifier ma fiche membre' }).click();
    await page.goto(siteUrl('/espace-membres/fiche-membre/3'));
    await main(page).getByRole('radio', { name: 'Non (ou le retirer)' }).check();
    await next(page);
    expect(await main(page).getByText('Pas de deuxième adhérent.').isVisible()).toBe(true);
    await main(page).getByRole('button', { name: 'Confirmer et enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Vos modifications ont bien été enregistrées.' }).waitFor();
    expect(await page.getByText('Pierre Dupont').count()).toBe(0);
    await context.close();
  });

  it('marche sans JavaScript, et quitter puis revenir garde le brouillon', async () => {
    const { context, page } = await loggedIn(browser, 'marie.dupont@exemple.fr', { javaScript: false });
    await page.goto(siteUrl('/espace-membres/fiche-membre/1'));
    await next(page);
    await main(page).getByRole('textbox', { name: 'Ville' }).fill('Sens');
    await main(page).getByRole('textbox', { name: 'Code postal' }).fill('891');
    await next(page);
    expect(await page.locator('#postalCode-error').textContent()).toContain('5 chiffres');
    // Leave, come back: the draft is still there.
    await page.goto(siteUrl('/espace-membres/mon-compte'));
    await page.goto(siteUrl('/espace-membres/fiche-membre/2'));
    expect(await main(page).getByRole('textbox', { name: 'Ville' }).inputValue()).toBe('Sens');
    await main(page).getByRole('textbox', { name: 'Code postal' }).fill('89100');
    await next(page);
    await next(page);
    await main(page).getByRole('button', { name: 'Confirmer et enregistrer' }).click();
    await page.getByText('Vos modifications ont bien été enregistrées.').waitFor();
    expect(await page.getByText('89100 Sens').isVisible()).toBe(true);
    await context.close();
  });
});

describe.skipIf(!hasChromium)(
  'Modifier ma fiche membre : le brouillon reste à son membre, sur un navigateur partagé',
  () => {
    const secret = 'Escalier secret de Jean';

    /** Jean starts changing his record on the club's computer and types an address line, unsaved. */
    async function jeanStartsADraft(page: Page): Promise<void> {
      await page.goto(siteUrl('/connexion'));
      await fillLogin(page, 'jean.martin@exemple.fr', PASSWORD);
      await page.waitForURL(siteUrl('/espace-membres/mon-compte'));
      await page.goto(siteUrl('/espace-membres/fiche-membre/2'));
      await main(page)
        .getByRole('textbox', { name: /Complément d’adresse/ })
        .fill(secret);
      await next(page);
      await page.getByText('Étape 3 sur 4').waitFor();
    }

    async function claireLogsIn(page: Page): Promise<void> {
      await page.goto(siteUrl('/connexion'));
      await fillLogin(page, 'claire.lefevre@exemple.fr', PASSWORD);
      await page.waitForURL(siteUrl('/espace-membres/mon-compte'));
    }

    /** Claire, then, on the same browser: every step shows her record, and saving writes hers. */
    async function claireSeesAndSavesOnlyHers(page: Page): Promise<void> {
      await page.goto(siteUrl('/espace-membres/fiche-membre/1'));
      expect(
        await main(page)
          .getByRole('textbox', { name: /Adresse e-mail/ })
          .inputValue(),
      ).toBe('claire.lefevre@exemple.fr');
      expect(await main(page).getByRole('textbox', { name: 'Prénom' }).inputValue()).toBe('Claire');
      await next(page);
      await page.getByText('Étape 2 sur 4 : adresse').waitFor();
      expect(await page.content()).not.toContain(secret);
      await next(page);
      await next(page);
      await page.getByText('Étape 4 sur 4 : validation').waitFor();
      expect(await main(page).textContent()).not.toMatch(/Escalier secret|jean\.martin|Martin/);
      await main(page).getByRole('button', { name: 'Confirmer et enregistrer' }).click();
      await page.getByText('Vos modifications ont bien été enregistrées.').waitFor();
      // No change of login address was asked on Claire's behalf (the attack wrote Jean's there).
      expect(page.url()).not.toContain('adresse=a-confirmer');
      expect(await page.content()).not.toContain(secret);
    }

    const claireComesAfterJean: Array<[string, (journey: Journey) => Promise<void>]> = [
      [
        'Jean se déconnecte, Claire se connecte ensuite : elle ne voit et n’enregistre que sa propre fiche',
        async ({ page }) => {
          await page.getByRole('button', { name: 'Se déconnecter' }).click();
          await page.waitForURL(siteUrl('/?deconnecte=1'));
          await claireLogsIn(page);
        },
      ],
      [
        'la connexion de Jean a pris fin sans « Se déconnecter » : Claire, connectée après lui, ne voit pas son brouillon',
        async ({ context, page }) => {
          // Jean's tokens are gone (expired, browser session ended); the site's session cookie stays.
          await context.clearCookies({ name: /^aec_/ });
          await claireLogsIn(page);
        },
      ],
      [
        'la session du site garde le brouillon de Jean et reçoit les jetons de Claire : il ne lui est jamais montré',
        async ({ context }) => {
          // Not through our login form (which starts a new site session): only the member check stands.
          const { cookie } = await sessionCookie('claire.lefevre@exemple.fr');
          await context.clearCookies({ name: /^aec_/ });
          const tokens = cookie
            .split('; ')
            .filter((pair) => pair.startsWith('aec_'))
            .map((pair) => pair.split('=') as [string, string]);
          await context.addCookies(tokens.map(([name, value]) => ({ name, value, url: siteUrl('/') })));
        },
      ],
    ];
    for (const [name, claireArrives] of claireComesAfterJean) {
      it(name, async () => {
        const journey = await openJourney(browser);
        await jeanStartsADraft(journey.page);
        await claireArrives(journey);
        await claireSeesAndSavesOnlyHers(journey.page);
        await journey.context.close();
      });
    }

    it('un cookie de connexion inventé ne montre rien du brouillon de Jean', async () => {
      const { context, page } = await openJourney(browser);
      await jeanStartsADraft(page);
      await context.clearCookies({ name: /^aec_/ });
      await context.addCookies([{ name: 'aec_access', value: 'x', url: siteUrl('/') }]);
      for (const step of [1, 2, 3, 4]) {
        const response = await page.goto(siteUrl(`/espace-membres/fiche-membre/${step}`));
        expect(new URL(page.url()).pathname).toBe('/connexion');
        expect(await response?.text()).not.toContain(secret);
        expect(await page.content()).not.toContain('jean.martin@exemple.fr');
        await context.addCookies([{ name: 'aec_access', value: 'x', url: siteUrl('/') }]);
      }
      await context.close();
    });
  },
);

describe.skipIf(!hasChromium)('Changer d’adresse e-mail', () => {
  async function changeEmail(page: Page, from: string, to: string): Promise<void> {
    const since = await lastMailId();
    await page.goto(siteUrl('/espace-membres/fiche-membre/1'));
    await main(page)
      .getByRole('textbox', { name: /Adresse e-mail/ })
      .fill(to);
    await next(page);
    await next(page);
    await next(page);
    await main(page).getByRole('button', { name: 'Confirmer et enregistrer' }).click();
    await page.getByText('Un lien de confirmation vient d’être envoyé').waitFor();
    const mail = await latestMail(to, 'Confirmez votre nouvelle adresse e-mail', since);
    await latestMail(from, 'Demande de changement de votre adresse de connexion', since);
    const link = /(http\S+confirmer-adresse\?code=\S+)/.exec(mail.text)![1]!;
    await page.goto(siteUrl(new URL(link).pathname + new URL(link).search));
    await main(page).getByRole('button', { name: 'Confirmer ma nouvelle adresse' }).click();
    await page.getByText('Votre nouvelle adresse est confirmée').waitFor();
  }

  it('la nouvelle adresse devient l’identifiant après le lien reçu par mail', async () => {
    const { context, page } = await loggedIn(browser, 'claire.lefevre@exemple.fr');
    await changeEmail(page, 'claire.lefevre@exemple.fr', 'claire.lefevre@nouvelle.fr');
    const other = await openJourney(browser);
    await other.page.goto(siteUrl('/connexion'));
    await fillLogin(other.page, 'claire.lefevre@nouvelle.fr', PASSWORD);
    await other.page.waitForURL(siteUrl('/espace-membres/mon-compte'));
    await other.context.close();
    // And back, for the other journeys.
    await changeEmail(page, 'claire.lefevre@nouvelle.fr', 'claire.lefevre@exemple.fr');
    await context.close();
  });
});

describe.skipIf(!hasChromium)('Payer votre cotisation', () => {
  it('le code QR se lit et contient l’IBAN, le montant et la référence du membre', async () => {
    const { context, page } = await loggedIn(browser, 'jean.martin@exemple.fr');
    await page.getByRole('link', { name: 'Comment payer ma cotisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Payer votre cotisation' }).waitFor();
    const reference = (await page.locator('dd code').last().textContent())?.trim() ?? '';
    expect(reference).toMatch(/^AEC-\d{4}-\d{4}$/);
    const png = PNG.sync.read(await page.locator('.qr [role="img"]').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data.split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'AGRIFRPPXXX',
      "ASSOCIATION D'ETUDE DE LA CERAMIQUE",
      'FR7630006000011234567890189',
      'EUR40.00',
      '',
      '',
      reference,
    ]);
    expect(await page.getByText('Le paiement en ligne n’est pas encore proposé').isVisible()).toBe(true);
    await context.close();
  });

  it('« J’ai fait mon virement » enregistre une déclaration en attente d’un bénévole', async () => {
    const { context, page } = await loggedIn(browser, 'claire.lefevre@exemple.fr', { javaScript: false });
    await page.goto(siteUrl('/espace-membres/cotisation'));
    expect(await main(page).getByText('Pour vous (adhésion couple) :').isVisible()).toBe(true);
    await main(page).getByRole('button', { name: 'J’ai fait mon virement' }).click();
    await page.getByText('Votre virement est enregistré comme déclaré').waitFor();
    expect(await page.getByText('attend la confirmation d’un bénévole').isVisible()).toBe(true);
    await page.goto(siteUrl('/espace-membres/mon-compte'));
    expect(await page.getByText('en attente de confirmation par un bénévole').isVisible()).toBe(true);
    await context.close();
  });
});
