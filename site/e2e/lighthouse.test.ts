/**
 * Lighthouse (system Chromium, mobile). Gated on what does not vary from one run to the next:
 * accessibility, best practices, SEO (public pages) and the JavaScript shipped. Performance,
 * which follows the load of the machine, is reported beside them, never a failure.
 * The figures are written to site/.lighthouse/latest.json for docs/performance.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium } from './harness/browser';
import { closeLighthouse, runLighthouse, type AuditResult } from './harness/lighthouse';
import { PASSWORD, siteUrl } from './harness/site';

const results: AuditResult[] = [];
afterAll(async () => {
  await closeLighthouse();
  if (results.length === 0) return;
  const folder = path.resolve(__dirname, '../.lighthouse');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  for (const result of results) {
    console.log(
      `[lighthouse] ${new URL(result.url).pathname} — performance ${result.scores.performance}, accessibilité ${result.scores.accessibility}, bonnes pratiques ${result.scores['best-practices']}, SEO ${result.scores.seo}, JS ${(result.scriptBytes / 1024).toFixed(1)} ko`,
    );
  }
});

async function memberCookie(): Promise<string> {
  const login = await fetch(siteUrl('/connexion'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(siteUrl('/')).origin },
    body: new URLSearchParams({ email: 'claire.lefevre@exemple.fr', password: PASSWORD, retour: '/' }),
    redirect: 'manual',
  });
  return login.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

describe.skipIf(!hasChromium)('Lighthouse, sur mobile', () => {
  it.each(['/', '/actualites/bienvenue-nouveau-site'])(
    'la page publique %s : accessibilité 100, SEO 100, bonnes pratiques 100, JavaScript ≤ 10 ko',
    async (page) => {
      const result = await runLighthouse(siteUrl(page));
      results.push(result);
      expect(result.failing.accessibility).toEqual([]);
      expect(result.failing.seo).toEqual([]);
      expect(result.scores.accessibility).toBe(100);
      expect(result.scores.seo).toBe(100);
      expect(result.scores['best-practices']).toBe(100);
      expect(result.scriptBytes).toBeLessThanOrEqual(10 * 1024);
    },
    120_000,
  );

  it.each(['/connexion', '/espace-membres/mon-compte', '/espace-membres/fiches'])(
    'la page %s : accessibilité 100, bonnes pratiques 100, JavaScript ≤ 10 ko',
    async (page) => {
      const cookie = page.startsWith('/espace-membres') ? await memberCookie() : undefined;
      const result = await runLighthouse(siteUrl(page), cookie ? { cookie } : {});
      results.push(result);
      expect(new URL(result.url).pathname).toBe(page);
      expect(result.failing.accessibility).toEqual([]);
      expect(result.scores['best-practices']).toBe(100);
      // Script files, compressed, plus the scripts written into the page itself.
      const html = await (await fetch(siteUrl(page), cookie ? { headers: { cookie } } : {})).text();
      const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].reduce(
        (sum, match) => sum + match[1]!.length,
        0,
      );
      console.log(`[lighthouse] ${page} — scripts dans la page : ${(inline / 1024).toFixed(1)} ko (non compressés)`);
      expect(result.scriptBytes + inline).toBeLessThanOrEqual(10 * 1024);
    },
    120_000,
  );
});
