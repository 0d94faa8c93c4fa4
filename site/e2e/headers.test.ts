/**
 * The security headers (Content-Security-Policy, HSTS…) on every kind of answer: a page, a
 * redirect, a page not found, an endpoint, a static file, Astro's own refusal; and the scripts
 * of the pages run under that policy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from './harness/browser';
import { aPublishedFiche, openJourney, PASSWORD, sessionCookie, siteUrl } from './harness/site';

/** A same-origin POST with errors shows the error summary (a script of its own). */
const loginWithErrors = { method: 'POST', body: new URLSearchParams({ email: '', password: '' }) };

/** One answer of each kind, as a visitor or a member would get it. */
function kindsOfAnswer(base: string, origin: string): Array<[string, string, RequestInit]> {
  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  return [
    ['une page', `${base}/`, {}],
    ['une redirection', `${base}/espace-membres/mon-compte`, {}],
    ['une page introuvable', `${base}/cette-page-n-existe-pas`, {}],
    ['un point d’accès', `${base}/sante`, {}],
    ['un fichier du site', `${base}/favicon.svg`, {}],
    ['un formulaire refusé', `${base}/connexion`, { ...loginWithErrors, headers: { ...form, origin } }],
    [
      'un envoi d’un autre site (refusé par Astro)',
      `${base}/connexion`,
      { ...loginWithErrors, headers: { ...form, origin: 'https://pirate.example' } },
    ],
  ];
}

function expectSecurityHeaders(response: Response, what: string): void {
  const policy = response.headers.get('content-security-policy') ?? '';
  expect(policy, what).toContain("script-src 'self'");
  expect(policy, what).toMatch(/script-src 'self'(;|$)/);
  expect(policy, what).toContain("img-src 'self' data:");
  expect(policy, what).toContain("object-src 'none'");
  expect(policy, what).toContain("base-uri 'none'");
  expect(policy, what).toContain("frame-ancestors 'none'");
  expect(policy, what).toContain("form-action 'self'");
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), what).toBeTruthy();
  expect(response.headers.get('permissions-policy'), what).toContain('camera=()');
  expect(response.headers.get('x-powered-by'), what).toBeNull();
}

describe('les en-têtes de sécurité, sur chaque réponse du site', () => {
  it('une page, une redirection, une page introuvable, un point d’accès, un fichier, un refus : tous les portent', async () => {
    const origin = new URL(inject('siteUrl')).origin;
    const statuses: number[] = [];
    for (const [what, url, init] of kindsOfAnswer(origin, origin)) {
      const response = await fetch(url, { ...init, redirect: 'manual' });
      statuses.push(response.status);
      expectSecurityHeaders(response, what);
      // Served over plain HTTP here: no HSTS, which would make the site unreachable.
      expect(response.headers.get('strict-transport-security'), what).toBeNull();
      await response.body?.cancel();
    }
    expect(statuses).toEqual([200, 303, 404, 200, 200, 400, 403]);
  });

  it('une page lue par un membre connecté les porte aussi', async () => {
    const { cookie } = await sessionCookie('marie.dupont@exemple.fr');
    const response = await fetch(siteUrl('/espace-membres/cotisation'), { headers: { cookie } });
    expect(response.status).toBe(200);
    expectSecurityHeaders(response, 'Payer votre cotisation');
  });

  it('aucun script écrit dans la page sans son empreinte dans l’en-tête ; les autres sont des fichiers du site', async () => {
    const { cookie } = await sessionCookie('marie.dupont@exemple.fr');
    const pages: Array<[string, RequestInit]> = [
      ['/', {}],
      ['/association', {}],
      ['/actualites', {}],
      ['/rubriques', {}],
      ['/connexion', {}],
      ['/cette-page-n-existe-pas', {}],
      [
        '/connexion',
        {
          ...loginWithErrors,
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(inject('siteUrl')).origin },
        },
      ],
      ['/espace-membres/mon-compte', { headers: { cookie } }],
      ['/espace-membres/cotisation', { headers: { cookie } }],
      ['/espace-membres/fiche-membre/1', { headers: { cookie } }],
    ];
    let external = 0;
    for (const [pathname, init] of pages) {
      const response = await fetch(siteUrl(pathname), init);
      const policy = response.headers.get('content-security-policy') ?? '';
      const html = await response.text();
      for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
        if (src) {
          external += 1;
          expect(new URL(src, siteUrl('/')).origin, `${pathname} ${src}`).toBe(new URL(siteUrl('/')).origin);
          const file = await fetch(siteUrl(src));
          expect(file.status, src).toBe(200);
          expect(file.headers.get('content-type'), src).toContain('javascript');
          await file.body?.cancel();
        } else {
          const hash = crypto.createHash('sha256').update(body).digest('base64');
          expect(policy, `${pathname}: script sans empreinte ${body.slice(0, 80)}`).toContain(`'sha256-${hash}'`);
        }
      }
    }
    // The pages do have scripts (the login dialog, the error summary, the copy buttons).
    expect(external).toBeGreaterThan(0);
  });
});

describe('une image envoyée par un membre', () => {
  it('garde sa propre politique, plus stricte que celle des pages : rien n’y tourne', async () => {
    const strapi = inject('strapiUrl');
    const json = { 'content-type': 'application/json' };
    const login = await fetch(`${strapi}/api/auth/local`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ identifier: 'marie.dupont@exemple.fr', password: PASSWORD }),
    });
    const { jwt } = (await login.json()) as { jwt: string };
    const member = { authorization: `Bearer ${jwt}` };
    const rubriques = (await (await fetch(`${strapi}/api/rubriques?pagination[pageSize]=1`)).json()) as {
      data: Array<{ documentId: string }>;
    };
    const created = await fetch(`${strapi}/api/me/fiches`, {
      method: 'POST',
      headers: { ...json, ...member },
      body: JSON.stringify({
        data: { title: 'Une image et ses en-têtes', rubrique: rubriques.data[0]?.documentId },
        intent: 'brouillon',
      }),
    });
    const fiche = ((await created.json()) as { data: { documentId: string } }).data;
    const form = new FormData();
    form.append('image', new Blob([fs.readFileSync(path.join(__dirname, 'fixtures', 'pixel.png'))]), 'pixel.png');
    form.append('alt', 'Un point');
    const withImage = await fetch(`${strapi}/api/me/fiches/${fiche.documentId}/images`, {
      method: 'POST',
      headers: member,
      body: form,
    });
    const url = ((await withImage.json()) as { data: { images: Array<{ url: string }> } }).data.images[0]?.url ?? '';

    const image = await fetch(siteUrl(url));
    expect(image.status, url).toBe(200);
    expect(image.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('x-powered-by')).toBeNull();
    await image.body?.cancel();
    await fetch(`${strapi}/api/me/fiches/${fiche.documentId}`, { method: 'DELETE', headers: member });
  });
});

describe('en production derrière HTTPS (SITE_URL en https)', () => {
  const port = 4394;
  const base = `http://127.0.0.1:${port}`;
  let site: ChildProcess;
  beforeAll(async () => {
    site = spawn(process.execPath, [path.join(__dirname, '..', 'server.mjs')], {
      cwd: path.join(__dirname, '..'),
      stdio: 'ignore',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        SITE_URL: 'https://aec.example',
        STRAPI_URL: inject('strapiUrl'),
      },
    });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const up = await fetch(`${base}/sante`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('le site en HTTPS ne répond pas');
  });
  afterAll(() => {
    site?.kill('SIGTERM');
  });

  it('chaque réponse dit au navigateur de ne venir qu’en HTTPS pendant un an, sous-domaines compris', async () => {
    for (const [what, url, init] of kindsOfAnswer(base, base)) {
      const response = await fetch(url, { ...init, redirect: 'manual' });
      expect(response.headers.get('strict-transport-security'), what).toBe('max-age=31536000; includeSubDomains');
      expectSecurityHeaders(response, what);
      await response.body?.cancel();
    }
  });
});

describe.skipIf(!hasChromium)('les scripts du site sous cette politique, dans Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('le formulaire de connexion s’ouvre au premier plan et les pages ne signalent aucune violation', async () => {
    const { context, page } = await openJourney(browser);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const pathname of ['/', '/rubriques', '/actualites', '/agenda', '/contact']) {
      await page.goto(siteUrl(pathname));
    }
    // Images too: a fiche with its pictures, through the site's /uploads only.
    const fiche = await aPublishedFiche();
    await page.goto(siteUrl(`/fiches/${fiche.documentId}`));
    await page.getByRole('heading', { level: 1, name: fiche.title }).waitFor();
    await page.waitForLoadState('load');
    await page.getByRole('link', { name: 'Se connecter' }).click();
    await page.getByRole('dialog', { name: 'Se connecter' }).waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });
});
