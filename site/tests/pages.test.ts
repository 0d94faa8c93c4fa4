import { defaultSettings } from '@aec/config';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import NotFound from '../src/pages/404.astro';
import Unavailable from '../src/pages/service-indisponible.astro';

describe('les pages d’erreur', () => {
  it('une page introuvable répond 404, en français, avec un lien vers l’accueil', async () => {
    const container = await AstroContainer.create();
    const response = await container.renderToResponse(NotFound, {
      locals: { member: null, identity: async () => defaultSettings.identity },
    });
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Page introuvable');
    expect(html).toContain('href="/"');
    expect(html).toContain('Se connecter');
  });

  it('quand Strapi ne répond pas, la page est calme, en français, en 503, sans appel à Strapi', async () => {
    const container = await AstroContainer.create();
    const response = await container.renderToResponse(Unavailable, {
      locals: { member: null, identity: async () => defaultSettings.identity },
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    const html = await response.text();
    expect(html).toContain('momentanément indisponible');
    expect(html).toContain('contact@assoetudeceramique.org');
    expect(html).not.toMatch(/Error|at .*\.js/);
  });
});
