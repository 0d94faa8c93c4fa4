/**
 * F1 of the intrusion test, through the site's own form in Chromium: files that start like a
 * picture but hold a page or a script are refused beside the field; a real photo followed by
 * a script is kept as a picture; and every file in the uploads folder reaches a browser, on the
 * site and on Strapi, as a picture or not at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium, useChromium } from './harness/browser';
import { loggedIn, siteUrl } from './harness/site';

const browser = useChromium();

const main = (page: Page) => page.locator('main');
const PAYLOAD = '<script>fetch("/espace-membres/mes-donnees.json")</script>';
const UPLOADS = path.resolve(__dirname, '../../cms/public/uploads');

async function addImage(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await main(page).locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
  await main(page).getByRole('textbox', { name: 'Description de l’image' }).last().fill('Une photo');
  await main(page).getByRole('button', { name: 'Ajouter l’image' }).click();
}

describe.skipIf(!hasChromium)('ajouter une image par le formulaire du site', () => {
  it('les fichiers piégés sont refusés à côté du champ ; une vraie photo suivie d’un script est gardée comme photo', async () => {
    const { context, page } = await loggedIn(browser.current, 'marie.dupont@exemple.fr');
    await page.goto(siteUrl('/espace-membres/mon-compte'));
    await page.getByRole('link', { name: 'Créer une fiche', exact: true }).click();
    await main(page).getByRole('link', { name: 'Musées et collections' }).click();
    await main(page).getByRole('textbox', { name: 'Titre' }).fill('Fiche aux fichiers piégés');
    await main(page).getByRole('textbox', { name: 'Texte' }).fill('Texte.');
    await main(page).getByRole('button', { name: 'Enregistrer comme brouillon' }).click();
    await page.getByText('Votre fiche est enregistrée.').waitFor();
    const fichePath = new URL(page.url()).pathname;

    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const hostile: Array<[string, string, Buffer]> = [
      ['photo.html', 'text/html', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(PAYLOAD)])],
      ['lib.js', 'text/javascript', Buffer.from('RIFF/*abWEBP*/=1;fetch("/admin/users")')],
      ['dessin.svg', 'image/svg+xml', Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${PAYLOAD}</svg>`)],
    ];
    for (const [name, type, bytes] of hostile) {
      await page.goto(siteUrl(fichePath));
      await addImage(page, name, type, bytes);
      await page.locator('#image-error').waitFor();
      expect(await page.locator('#image-error').textContent(), name).toContain('n’est pas une image JPEG, PNG ou WebP');
    }
    await page.goto(siteUrl(fichePath));
    await addImage(page, 'photo.html', 'text/html', Buffer.concat([jpeg, Buffer.from(PAYLOAD)]));
    await page.getByText('L’image est ajoutée à votre fiche.').waitFor();
    // The form shows each kept image as a thumbnail (alt empty: its description is the field beside it).
    const src = await main(page).locator('img[src^="/uploads/"]').first().getAttribute('src');
    expect(src).toMatch(/^\/uploads\/[\w.-]+\.jpg/);
    await context.close();
  });

  it('chaque fichier du dossier des images arrive au navigateur comme une image, ou pas du tout, sur les deux adresses', async () => {
    const names = fs.readdirSync(UPLOADS).filter((name) => !name.startsWith('.'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      for (const origin of [siteUrl(''), inject('strapiUrl')]) {
        const answer = await fetch(`${origin}/uploads/${encodeURIComponent(name)}`);
        const type = answer.headers.get('content-type') ?? '';
        if (answer.status === 404) {
          expect(type, name).not.toMatch(/html|javascript|svg|xml/);
          continue;
        }
        expect(answer.status, `${origin} ${name}`).toBe(200);
        expect(type, `${origin} ${name}`).toMatch(/^image\/(jpeg|png|webp)$/);
        expect(answer.headers.get('x-content-type-options'), `${origin} ${name}`).toBe('nosniff');
        const metadata = await sharp(Buffer.from(await answer.arrayBuffer())).metadata();
        expect(['jpeg', 'png', 'webp'], `${origin} ${name}`).toContain(metadata.format);
      }
    }
  });
});
