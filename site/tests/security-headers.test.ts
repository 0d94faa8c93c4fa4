import { describe, expect, it } from 'vitest';
import { HSTS, securityHeaders } from '../security-headers.mjs';

const directives = (policy: string | undefined) =>
  new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...values]) => [name, values]),
  );

describe('les en-têtes de sécurité de chaque réponse du site', () => {
  it('en HTTPS, disent au navigateur de ne plus jamais venir en HTTP, sous-domaines compris', () => {
    expect(securityHeaders({ siteUrl: 'https://aec.example' })['Strict-Transport-Security']).toBe(HSTS);
    expect(HSTS).toBe('max-age=31536000; includeSubDomains');
  });

  it('en HTTP (sur la machine, en test), ne le disent pas : le site ne serait plus joignable', () => {
    expect(securityHeaders({ siteUrl: 'http://localhost:4321' })).not.toHaveProperty('Strict-Transport-Security');
  });

  it('n’exécutent aucun script écrit dans la page, ni venu d’ailleurs, et aucune image d’un autre site', () => {
    const policy = directives(securityHeaders({ siteUrl: 'https://aec.example' })['Content-Security-Policy']);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('seul l’aperçu d’un brouillon se laisse encadrer, et par l’administration seulement', () => {
    const policy = directives(
      securityHeaders({ siteUrl: 'https://aec.example', frameAncestors: 'https://cms.aec.example' })[
        'Content-Security-Policy'
      ],
    );
    expect(policy.get('frame-ancestors')).toEqual(['https://cms.aec.example']);
  });

  it('interdisent de deviner le type d’un fichier et limitent le référent et les capteurs', () => {
    const headers = securityHeaders({ siteUrl: 'https://aec.example' });
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });
});
