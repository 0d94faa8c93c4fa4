/**
 * The headers every kind of Strapi answer carries: the public API, a member's API, a refusal,
 * a missing route, the admin panel and its API, an uploaded picture and a refused file. A
 * browser that opens any of them may not sniff, frame or run what it was not meant to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loginAs } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();

describe('Les en-têtes de sécurité de Strapi, sur chaque sorte de réponse', () => {
  it('API publique, API du membre, refus, page absente, administration, image : mêmes protections, pas de X-Powered-By', async () => {
    const token = await loginAs(strapi.current.baseUrl, 'marie.dupont@exemple.fr');
    const folder = path.join(strapi.current.strapi.dirs.static.public, 'uploads');
    fs.copyFileSync(path.join(__dirname, 'fixtures', 'pixel.png'), path.join(folder, 'entete.png'));
    // null: whatever the status (the admin panel's pages are not built for the tests).
    const routes: Array<[string, number | null, Record<string, string>?]> = [
      ['/api/pages', 200],
      ['/api/me/account', 200, { authorization: `Bearer ${token}` }],
      ['/api/me/account', 401],
      ['/api/me/account', 401, { authorization: 'Bearer x' }],
      ['/api/nulle-part', 404],
      ['/admin', null],
      ['/admin/init', 200],
      ['/uploads/entete.png', 200],
      ['/uploads/absent.html', 404],
    ];
    try {
      for (const [route, status, headers] of routes) {
        const answer = await fetch(`${strapi.current.baseUrl}${route}`, { headers, redirect: 'manual' });
        const label = `${route} ${JSON.stringify(headers ?? {})}`;
        if (status !== null) expect(answer.status, label).toBe(status);
        expect(answer.headers.get('x-content-type-options'), label).toBe('nosniff');
        expect(answer.headers.get('content-security-policy'), label).toMatch(/frame-ancestors '(self|none)'|sandbox/);
        expect(answer.headers.get('content-security-policy'), label).toMatch(/object-src 'none'|default-src 'none'/);
        expect(answer.headers.get('referrer-policy'), label).toBeTruthy();
        expect(answer.headers.get('permissions-policy'), label).toContain('camera=()');
        expect(answer.headers.get('strict-transport-security'), label).toContain('max-age=31536000');
        expect(answer.headers.get('x-powered-by'), label).toBeNull();
      }
    } finally {
      fs.rmSync(path.join(folder, 'entete.png'), { force: true });
    }
  });
});
