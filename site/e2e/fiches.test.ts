/** Guide §5: Créer une fiche, Voir et modifier mes fiches — and the editors' publication. In Chromium. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { publishFiche } from './harness/admin';
import { hasChromium, launchChromium } from './harness/browser';
import { loggedIn, siteUrl } from './harness/site';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const main = (page: Page) => page.locator('main');
const PIXEL = path.join(__dirname, 'fixtures', 'pixel.png');

/** A photo wide enough for Strapi to make smaller copies (500, 750 and 1000 px wide). */
function widePhoto(): string {
  const png = new PNG({ width: 1200, height: 800 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([180, 90, 40, 255], i);
  const file = path.join(os.tmpdir(), `aec-photo-${process.pid}.png`);
  fs.writeFileSync(file, PNG.sync.write(png));
  onTestFinished(() => fs.rmSync(file, { force: true }));
  return file;
}

async function createFiche(page: Page, title: string, text: string): Promise<string> {
  await page.goto(siteUrl('/espace-membres/mon-compte'));
  await page.getByRole('link', { name: 'Créer une fiche', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Créer une fiche' }).waitFor();
  await main(page).getByRole('link', { name: 'Musées et collections' }).click();
  await main(page).getByRole('textbox', { name: 'Titre' }).fill(title);
  await main(page).getByRole('textbox', { name: 'Texte' }).fill(text);
  await main(page).getByRole('textbox', { name: 'Lieu' }).fill('Nevers');
  await main(page).getByRole('button', { name: 'Enregistrer comme brouillon' }).click();
  await page.getByText('Votre fiche est enregistrée.').waitFor();
  return new URL(page.url()).pathname.split('/').at(-1)!;
}

describe.skipIf(!hasChromium)('les fiches d’un membre', () => {
  for (const javaScript of [true, false]) {
    it(`créer avec une image, retrouver en tête de « mes fiches », modifier, soumettre, publier, lire, supprimer${javaScript ? '' : ' — sans JavaScript'}`, async () => {
      const { context, page } = await loggedIn(browser, 'marie.dupont@exemple.fr', { javaScript });
      const title = `Le musée de la faïence ${javaScript ? 'A' : 'B'}`;
      const id = await createFiche(
        page,
        title,
        'Une collection remarquable.\n\n<script>alert("x")</script>\n\nVoir [ce lien](javascript:alert(1)).',
      );

      // An image, described.
      await main(page)
        .locator('input[type=file]')
        .setInputFiles(javaScript ? widePhoto() : PIXEL);
      await main(page).getByRole('textbox', { name: 'Description de l’image' }).last().fill('Vitrine de faïences');
      await main(page).getByRole('button', { name: 'Ajouter l’image' }).click();
      await page.getByText('L’image est ajoutée à votre fiche.').waitFor();

      // First in "mes fiches", as a draft.
      await page.goto(siteUrl('/espace-membres/fiches'));
      const first = main(page).locator('.fiche-list li').first();
      expect(await first.textContent()).toContain(title);
      expect(await first.textContent()).toContain('brouillon');
      await first.getByRole('link').click();

      // Edit and submit.
      await main(page).getByRole('textbox', { name: 'Titre' }).fill(`${title} (revu)`);
      await main(page).getByRole('button', { name: 'Soumettre pour publication' }).click();
      await page.getByText('Votre fiche est soumise').waitFor();

      // An editor publishes it.
      await publishFiche(id);
      await page.goto(siteUrl('/rubriques/musees-et-collections'));
      await main(page)
        .getByRole('link', { name: `${title} (revu)` })
        .click();
      await page.getByRole('heading', { level: 1, name: `${title} (revu)` }).waitFor();
      // The author agreed to be named; the text's traps are inert.
      expect(await main(page).getByText('par Marie Dupont').isVisible()).toBe(true);
      expect(await main(page).getByText('<script>alert("x")</script>').isVisible()).toBe(true);
      expect(await page.locator('main script').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      const image = main(page).getByRole('img', { name: 'Vitrine de faïences' });
      expect(await image.isVisible()).toBe(true);
      expect(await image.getAttribute('loading')).toBe('lazy');
      if (javaScript) {
        // Responsive: the browser picks among the copies Strapi made; the size is reserved.
        expect(await image.getAttribute('srcset')).toMatch(
          /small_\S+ 500w, .*medium_\S+ 750w, .*large_\S+ 1000w, .* 1200w$/,
        );
        expect(await image.getAttribute('sizes')).toBeTruthy();
        expect([await image.getAttribute('width'), await image.getAttribute('height')]).toEqual(['1200', '800']);
      }

      // Delete, with confirmation: it leaves the public site.
      await page.goto(siteUrl(`/espace-membres/fiches/${id}`));
      await main(page).getByRole('link', { name: 'Supprimer cette fiche…' }).click();
      await main(page).getByRole('button', { name: 'Oui, supprimer définitivement' }).click();
      await page.getByText('La fiche a été supprimée.').waitFor();
      const gone = await page.goto(siteUrl(`/fiches/${id}`));
      expect(gone?.status()).toBe(404);
      await context.close();
    });
  }

  it('un fichier qui n’est pas une image est refusé, avec un message à côté du champ', async () => {
    const { context, page } = await loggedIn(browser, 'jean.martin@exemple.fr');
    await createFiche(page, 'Fiche avec un faux fichier', 'Texte.');
    await main(page)
      .locator('input[type=file]')
      .setInputFiles({
        name: 'photo.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('#!/bin/sh\necho pas une image\n'),
      });
    await main(page).getByRole('textbox', { name: 'Description de l’image' }).last().fill('Une photo');
    await main(page).getByRole('button', { name: 'Ajouter l’image' }).click();
    await page.locator('#image-error').waitFor();
    expect(await page.locator('#image-error').textContent()).toContain('n’est pas une image JPEG, PNG ou WebP');
    await context.close();
  });
});
