/**
 * F1 of the intrusion test: a member's "image" that is really an HTML page or a script. Every
 * file of this corpus is sent the way a member's browser would; what is stored must be a
 * picture we encoded, under a name and extension we chose, and served as nothing else.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminAs } from './harness/admin';
import { api, loginAs, type StrapiErrorBody } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
const MARIE = 'marie.dupont@exemple.fr';
const PAYLOAD = '<script>fetch("/espace-membres/mes-donnees.json")</script>';

interface FicheBody {
  data: { documentId: string; images: Array<{ id: number; url: string; alt: string }> };
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG that announces 100,000 × 100,000 pixels in a few hundred bytes. */
function decompressionBomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = zlib.deflateSync(Buffer.alloc(100_001 * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', rows),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

let jpeg: Buffer;
let png: Buffer;
let gif: Buffer;

beforeAll(async () => {
  const picture = sharp({ create: { width: 64, height: 48, channels: 3, background: '#a05a2c' } });
  jpeg = await picture.clone().jpeg().toBuffer();
  png = await picture.clone().png().toBuffer();
  gif = await picture.clone().gif().toBuffer();
});

async function newFiche(token: string): Promise<string> {
  const created = await api<FicheBody>(strapi.current.baseUrl, '/api/me/fiches', {
    method: 'POST',
    token,
    body: { data: { title: 'Un pichet', rubrique: 'manufactures-et-ateliers', text: 'Texte.', images: [] } },
  });
  expect(created.status).toBe(201);
  return created.body.data.documentId;
}

async function send(token: string, documentId: string, bytes: Buffer, name: string, type = 'image/jpeg') {
  const form = new FormData();
  form.append('image', new Blob([bytes], { type }), name);
  form.append('alt', 'Une image');
  const response = await fetch(`${strapi.current.baseUrl}/api/me/fiches/${documentId}/images`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as FicheBody & StrapiErrorBody };
}

function uploadsFolder(): string {
  return path.join(strapi.current.strapi.dirs.static.public, 'uploads');
}

describe('Ajouter une image à une fiche : seul un vrai dessin est gardé', () => {
  it('un fichier qui commence comme une image mais contient une page ou un script est refusé, avec un message en français', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const documentId = await newFiche(token);
    const before = new Set(fs.readdirSync(uploadsFolder()));
    const hostile: Array<[string, Buffer, string]> = [
      ['photo.html', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(PAYLOAD)]), 'text/html'],
      ['lib.js', Buffer.from('RIFF/*abWEBP*/=1;fetch("/admin/users")'), 'text/javascript'],
      ['pixel.png', Buffer.concat([png.subarray(0, 8), Buffer.from(PAYLOAD)]), 'image/png'],
      ['dessin.svg', Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${PAYLOAD}</svg>`), 'image/svg+xml'],
      ['page.jpg', Buffer.from(`<!doctype html>${PAYLOAD}`), 'image/jpeg'],
      ['tronquee.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'image/jpeg'],
      ['anime.gif', gif, 'image/gif'],
      ['vide.jpg', Buffer.alloc(0), 'image/jpeg'],
    ];
    for (const [name, bytes, type] of hostile) {
      const answer = await send(token, documentId, bytes, name, type);
      expect(answer.status, name).toBe(400);
      expect(answer.body.error.details.fields?.image, name).toEqual([
        'Ce fichier n’est pas une image JPEG, PNG ou WebP. Choisissez une photo dans l’un de ces formats.',
      ]);
    }
    const bomb = await send(token, documentId, decompressionBomb(), 'bombe.png', 'image/png');
    expect(bomb.status).toBe(400);
    expect(bomb.body.error.details.fields?.image?.[0]).toContain('trop de points');
    const huge = await send(token, documentId, Buffer.concat([jpeg, Buffer.alloc(11 * 1024 * 1024)]), 'grande.jpg');
    expect(huge.status).toBe(400);
    expect(huge.body.error.details.fields?.image?.[0]).toContain('10 Mo');
    // Nothing of them reached the disk.
    expect(fs.readdirSync(uploadsFolder()).filter((name) => !before.has(name))).toEqual([]);
  });

  it('une vraie photo suivie d’un script, nommée .html, est gardée comme une photo réencodée, sans le script', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const documentId = await newFiche(token);
    const answer = await send(
      token,
      documentId,
      Buffer.concat([jpeg, Buffer.from(PAYLOAD)]),
      'photo.html',
      'text/html',
    );
    expect(answer.status).toBe(200);
    const url = answer.body.data.images[0]!.url;
    expect(url).toMatch(/^\/uploads\/image_[\w]+\.jpg$/);
    const stored = fs.readFileSync(path.join(strapi.current.strapi.dirs.static.public, url));
    expect(stored.includes(Buffer.from('<script'))).toBe(false);
    expect((await sharp(stored).metadata()).format).toBe('jpeg');
    const served = await fetch(`${strapi.current.baseUrl}${url}`);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    // A PNG named .svg is a PNG.
    const renamed = await send(token, documentId, png, 'dessin.svg', 'image/svg+xml');
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.images[1]!.url).toMatch(/\.png$/);
  });

  it('un fichier déposé à la main dans le dossier des images n’est jamais servi comme page ou script', async () => {
    const folder = uploadsFolder();
    fs.writeFileSync(path.join(folder, 'piege.html'), `<!doctype html>${PAYLOAD}`);
    fs.writeFileSync(path.join(folder, 'piege.js'), 'alert(1)');
    fs.writeFileSync(path.join(folder, 'piege.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${PAYLOAD}</svg>`);
    try {
      for (const name of ['piege.html', 'piege.js', 'piege.svg', 'piege.HTML', '..%2fpiege.html']) {
        const answer = await fetch(`${strapi.current.baseUrl}/uploads/${name}`);
        expect(answer.status, name).toBe(404);
        expect(answer.headers.get('content-type') ?? '', name).not.toMatch(/html|javascript|svg/);
      }
    } finally {
      for (const name of ['piege.html', 'piege.js', 'piege.svg']) fs.rmSync(path.join(folder, name), { force: true });
    }
  });

  it('même le Super Admin ne peut pas déposer un SVG ou une page HTML dans la médiathèque', async () => {
    const login = await api<{ data: { token: string } }>(strapi.current.baseUrl, '/admin/login', {
      method: 'POST',
      body: { email: 'admin@exemple.fr', password: 'Admin-AEC-demo-2026' },
    });
    const token =
      login.body.data?.token ?? (await adminAs(strapi.current, 'strapi-super-admin', 'super.test@exemple.fr'));
    for (const [name, type, bytes] of [
      ['dessin.svg', 'image/svg+xml', `<svg xmlns="http://www.w3.org/2000/svg">${PAYLOAD}</svg>`],
      ['page.html', 'text/html', `<!doctype html>${PAYLOAD}`],
      ['lib.js', 'text/javascript', 'alert(1)'],
    ] as const) {
      const form = new FormData();
      form.append('files', new Blob([bytes], { type }), name);
      const answer = await fetch(`${strapi.current.baseUrl}/upload`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(answer.status, name).toBeGreaterThanOrEqual(400);
    }
    // The same token may upload a picture: the refusals above were about the type.
    const form = new FormData();
    form.append('files', new Blob([png], { type: 'image/png' }), 'vase.png');
    const picture = await fetch(`${strapi.current.baseUrl}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(picture.status).toBe(201);
  });
});

describe('Une image retirée ou une fiche supprimée ne reste pas en ligne (F7)', () => {
  const stored = (url: string) => fs.existsSync(path.join(strapi.current.strapi.dirs.static.public, url));
  const waitUntilGone = async (url: string) => {
    for (let i = 0; i < 50 && stored(url); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    return !stored(url);
  };

  it('une image retirée de la fiche, puis la fiche supprimée : leurs fichiers sont effacés', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const documentId = await newFiche(token);
    const first = (await send(token, documentId, jpeg, 'a.jpg')).body.data.images[0]!;
    const withTwo = (await send(token, documentId, png, 'b.png')).body.data.images;
    const second = withTwo[1]!;
    expect(stored(first.url) && stored(second.url)).toBe(true);
    const update = await api<FicheBody>(strapi.current.baseUrl, `/api/me/fiches/${documentId}`, {
      method: 'PUT',
      token,
      body: {
        data: {
          title: 'Un pichet',
          rubrique: 'manufactures-et-ateliers',
          text: 'Texte.',
          images: [{ id: second.id, alt: second.alt }],
        },
      },
    });
    expect(update.status).toBe(200);
    expect(await waitUntilGone(first.url)).toBe(true);
    expect(stored(second.url)).toBe(true);
    const removed = await api(strapi.current.baseUrl, `/api/me/fiches/${documentId}`, { method: 'DELETE', token });
    expect(removed.status).toBe(200);
    expect(await waitUntilGone(second.url)).toBe(true);
  });

  it('seize envois en même temps : dix images gardées, aucune perdue, aucun fichier orphelin', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const documentId = await newFiche(token);
    const before = new Set(fs.readdirSync(uploadsFolder()));
    const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => send(token, documentId, jpeg, `p${i}.jpg`)));
    expect(answers.filter((answer) => answer.status === 200).length).toBe(10);
    expect(answers.filter((answer) => answer.status === 400).length).toBe(6);
    const fiche = await api<FicheBody>(strapi.current.baseUrl, `/api/me/fiches/${documentId}`, { token });
    expect(fiche.body.data.images).toHaveLength(10);
    const added = fs.readdirSync(uploadsFolder()).filter((name) => !before.has(name));
    const kept = new Set(fiche.body.data.images.map((image) => path.basename(image.url)));
    // Each kept original, and its smaller copies (thumbnail_…, small_…), nothing else.
    expect(added.filter((name) => ![...kept].some((original) => name.endsWith(original)))).toEqual([]);
  });
});

/** The files of the temporary folder whose bytes are these: what a request left behind. */
function leftInTemporaryFolder(bytes: Buffer): string[] {
  const folder = os.tmpdir();
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isFile()) return [];
    const file = path.join(folder, entry.name);
    try {
      return fs.statSync(file).size === bytes.length && fs.readFileSync(file).equals(bytes) ? [file] : [];
    } catch {
      return []; // deleted meanwhile by another suite
    }
  });
}

/** A picture no other request sends: its colour is drawn at random. */
async function uniqueJpeg(): Promise<Buffer> {
  const background = { r: crypto.randomInt(256), g: crypto.randomInt(256), b: crypto.randomInt(256) };
  const pixels = Buffer.from(Array.from({ length: 32 * 24 * 3 }, () => crypto.randomInt(256)));
  return sharp(pixels, { raw: { width: 32, height: 24, channels: 3 } })
    .composite([{ input: { create: { width: 8, height: 8, channels: 3, background } } }])
    .jpeg()
    .toBuffer();
}

describe('Décoder une image coûte : jamais pour rien', () => {
  it('une bombe envoyée à la fiche d’un autre membre, ou à une fiche déjà pleine, n’est pas décodée', async () => {
    const jean = await loginAs(strapi.current.baseUrl, 'jean.martin@exemple.fr');
    const theirs = await newFiche(jean);
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    // Decoded first, the bomb would answer « trop de points » (400); unread, someone else's fiche is not found.
    expect((await send(token, theirs, decompressionBomb(), 'bombe.png', 'image/png')).status).toBe(404);
    const full = await newFiche(token);
    for (let n = 0; n < 10; n += 1) expect((await send(token, full, jpeg, `p${n}.jpg`)).status).toBe(200);
    const eleventh = await send(token, full, decompressionBomb(), 'bombe.png', 'image/png');
    expect(eleventh.status).toBe(400);
    expect(eleventh.body.error.details.fields?.image).toEqual(['Une fiche peut contenir au plus 10 images.']);
  });
});

describe('Aucun fichier envoyé ne reste sur le disque du serveur', () => {
  it('un fichier joint à un formulaire posté n’importe où, sans compte, est effacé une fois la réponse donnée', async () => {
    const bytes = Buffer.from(`piège ${crypto.randomUUID()} `.repeat(2_000));
    for (const route of ['/api/auth/forgot-password', '/api/adresse-inventee', '/admin/login']) {
      const form = new FormData();
      form.append('piege', new Blob([bytes], { type: 'application/octet-stream' }), 'piege.bin');
      form.append('encore', new Blob([bytes], { type: 'application/octet-stream' }), 'encore.bin');
      await fetch(`${strapi.current.baseUrl}${route}`, { method: 'POST', body: form });
      expect(leftInTemporaryFolder(bytes), route).toEqual([]);
    }
  });

  it('une image refusée, comme une image gardée, ne laisse pas sa copie reçue', async () => {
    const token = await loginAs(strapi.current.baseUrl, MARIE);
    const documentId = await newFiche(token);
    const refused = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from(`${PAYLOAD}${crypto.randomUUID()}`),
    ]);
    expect((await send(token, documentId, refused, 'photo.jpg')).status).toBe(400);
    expect(leftInTemporaryFolder(refused)).toEqual([]);
    const kept = await uniqueJpeg();
    expect((await send(token, documentId, kept, 'photo.jpg')).status).toBe(200);
    expect(leftInTemporaryFolder(kept)).toEqual([]);
  });
});
