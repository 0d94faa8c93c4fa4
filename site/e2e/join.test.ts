/** "Adhérer": a couple joins in 4 steps, confirms from the mail, logs in and sees "Payer votre cotisation". */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './harness/browser';
import { latestMail, openJourney, siteUrl } from './harness/site';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const main = (page: Page) => page.locator('main');
const next = (page: Page) => main(page).getByRole('button', { name: 'Suivant' }).click();
const PASSWORD = 'Biscuit-de-Sevres-1756';
const ACK_SUBJECT = 'Votre adhésion à l’AEC : confirmez votre adresse';

for (const javaScript of [true, false]) {
  describe.skipIf(!hasChromium)(`Adhérer${javaScript ? '' : ' — sans JavaScript'}`, () => {
    it('un couple adhère en 4 étapes, corrige une erreur, confirme depuis le mail, se connecte et voit « Payer votre cotisation »', async () => {
      const email = `couple.${javaScript ? 'js' : 'html'}.${Date.now()}@exemple.fr`;
      const { context, page } = await openJourney(browser, { javaScript });
      await page.goto(siteUrl('/'));
      await page.getByRole('link', { name: 'Adhérer', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Adhérer à l’association' }).waitFor();
      expect(await main(page).getByText('60,00 €').isVisible()).toBe(true);
      await page.getByRole('link', { name: 'Commencer mon adhésion' }).click();

      await page.getByText('Étape 1 sur 4 : identifiants').waitFor();
      const shownAt = Date.now();
      await main(page).getByLabel('Adresse e-mail (identifiant de connexion)').fill(email);
      await main(page).getByRole('radio', { name: 'Madame' }).check();
      await main(page).getByRole('textbox', { name: 'Prénom' }).fill('Anne');
      await main(page).getByRole('textbox', { name: 'Nom', exact: true }).fill('Girard');
      await main(page).getByLabel('Mot de passe de votre choix').fill(PASSWORD);
      await main(page).getByLabel('Le même mot de passe, à nouveau').fill(`${PASSWORD}!`);
      // A person takes more than 3 seconds; a robot does not.
      await page.waitForTimeout(Math.max(0, 3_200 - (Date.now() - shownAt)));
      await next(page);
      await page.getByRole('heading', { name: 'Le formulaire contient une erreur' }).waitFor();
      expect(await page.locator('#passwordConfirmation-error').textContent()).toContain(
        'Les deux mots de passe ne sont pas identiques',
      );
      // Nothing else is lost.
      expect(await main(page).getByRole('textbox', { name: 'Nom', exact: true }).inputValue()).toBe('Girard');
      await main(page).getByLabel('Mot de passe de votre choix').fill(PASSWORD);
      await main(page).getByLabel('Le même mot de passe, à nouveau').fill(PASSWORD);
      await next(page);

      await page.getByText('Étape 2 sur 4 : adresse').waitFor();
      await main(page).getByRole('textbox', { name: 'Numéro et rue' }).fill('2 rue des Potiers');
      await main(page).getByRole('textbox', { name: 'Code postal' }).fill('58000');
      await main(page).getByRole('textbox', { name: 'Ville' }).fill('Nevers');
      await next(page);

      await page.getByText('Étape 3 sur 4 : deuxième adhérent (facultatif)').waitFor();
      await main(page).getByRole('radio', { name: 'Oui' }).check();
      await main(page).getByRole('radio', { name: 'Monsieur' }).check();
      await main(page).getByRole('textbox', { name: 'Prénom' }).fill('Luc');
      await main(page).getByRole('textbox', { name: 'Nom', exact: true }).fill('Girard');
      await next(page);

      await page.getByText('Étape 4 sur 4 : validation').waitFor();
      expect(await main(page).getByText('Monsieur Luc Girard').isVisible()).toBe(true);
      expect(await main(page).getByText(email).isVisible()).toBe(true);
      expect(await main(page).getByText(PASSWORD).count()).toBe(0);
      await main(page).getByRole('button', { name: 'Confirmer mon adhésion' }).click();

      await page.getByRole('heading', { level: 1, name: 'Merci pour votre adhésion' }).waitFor();
      expect(await main(page).getByText(`Nous venons d’envoyer un courriel à ${email}`).isVisible()).toBe(true);

      const mail = await latestMail(email, ACK_SUBJECT);
      expect(mail.text).not.toContain(PASSWORD);
      const link = /https?:\/\/\S+\/adherer\/confirmer\?code=\S+/.exec(mail.text)?.[0];
      expect(link).toBeDefined();
      await page.goto(siteUrl(new URL(link!).pathname + new URL(link!).search));
      // The link proves the address; the password chosen at step 1 proves the join, and logs in.
      await main(page).getByRole('button', { name: 'Confirmer mon adresse' }).click();
      await main(page).getByText('Saisissez le mot de passe que vous avez choisi en adhérant').first().waitFor();
      await main(page).getByLabel('Le mot de passe choisi en adhérant').fill(PASSWORD);
      await main(page).getByRole('button', { name: 'Confirmer mon adresse' }).click();
      await page.waitForURL(siteUrl('/espace-membres/cotisation'));
      await page.getByRole('heading', { level: 1, name: 'Payer votre cotisation' }).waitFor();
      expect(
        await main(page)
          .getByText(/AEC-\d{4}-\d{4}/)
          .first()
          .isVisible(),
      ).toBe(true);
      await context.close();
    });
  });
}

describe.skipIf(!hasChromium)('Adhérer — les robots', () => {
  it('un formulaire rempli en moins de 3 secondes est renvoyé à la personne, sans rien perdre', async () => {
    const { context, page } = await openJourney(browser, { javaScript: false });
    await page.goto(siteUrl('/adherer/1'));
    await main(page).getByLabel('Adresse e-mail (identifiant de connexion)').fill('rapide@exemple.fr');
    await main(page).getByRole('radio', { name: 'Madame' }).check();
    await main(page).getByRole('textbox', { name: 'Prénom' }).fill('Anne');
    await main(page).getByRole('textbox', { name: 'Nom', exact: true }).fill('Vite');
    await main(page).getByLabel('Mot de passe de votre choix').fill(PASSWORD);
    await main(page).getByLabel('Le même mot de passe, à nouveau').fill(PASSWORD);
    await next(page);
    await main(page).getByText('Prenez le temps de vérifier').waitFor();
    expect(await main(page).getByRole('textbox', { name: 'Nom', exact: true }).inputValue()).toBe('Vite');
    // The password was fine: it is kept, and the next click goes on.
    expect(await main(page).getByText('Votre mot de passe est déjà choisi').isVisible()).toBe(true);
    await page.waitForTimeout(3_200);
    await next(page);
    await page.getByText('Étape 2 sur 4 : adresse').waitFor();
    await context.close();
  });

  it('afficher l’étape 1 n’écrit rien chez nous : pas de session pour qui ne fait que passer', async () => {
    for (let n = 0; n < 3; n += 1) {
      const shown = await fetch(siteUrl('/adherer/1'));
      expect(shown.status).toBe(200);
      expect(shown.headers.getSetCookie().filter((cookie) => cookie.startsWith('astro-session'))).toEqual([]);
    }
  });
});

describe.skipIf(!hasChromium)('Nous contacter', () => {
  it('un message sans texte est signalé, puis envoyé à l’association — sans JavaScript', async () => {
    const { context, page } = await openJourney(browser, { javaScript: false });
    await page.goto(siteUrl('/contact'));
    await main(page).getByRole('textbox', { name: 'Votre nom' }).fill('Paul Renaud');
    await main(page)
      .getByRole('textbox', { name: /Votre adresse e-mail/ })
      .fill('paul.renaud@exemple.fr');
    await main(page).getByRole('textbox', { name: 'Objet' }).fill('Une assiette de Nevers');
    await main(page).getByRole('button', { name: 'Envoyer le message' }).click();
    expect(await page.locator('#message-error').textContent()).toContain('Écrivez votre message.');
    expect(await main(page).getByRole('textbox', { name: 'Objet' }).inputValue()).toBe('Une assiette de Nevers');
    await main(page).getByRole('textbox', { name: 'Votre message' }).fill('Je cherche à dater une assiette.');
    await main(page).getByRole('button', { name: 'Envoyer le message' }).click();
    await main(page).getByText('Merci, votre message est envoyé.').waitFor();
    const mail = await latestMail('contact@assoetudeceramique.org', 'Message du site : Une assiette de Nevers');
    expect(mail.text).toContain('dater une assiette');
    await context.close();
  });
});
