import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh module graph, so that the environment is read again. */
async function cacheWith(seconds: string) {
  process.env.PUBLIC_CACHE_SECONDS = seconds;
  vi.resetModules();
  return import('../src/lib/strapi/cache');
}

const counter = (value: string) => vi.fn(async () => value);

afterEach(() => {
  vi.useRealTimers();
  delete process.env.PUBLIC_CACHE_SECONDS;
});

describe('le contenu public se garde quelques secondes, comme le ferait un cache HTTP devant le site', () => {
  it('une rubrique lue deux fois de suite ne coûte qu’un appel à Strapi ; passé le délai, on la relit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { cachedPublic } = await cacheWith('15');
    const load = counter('fiches de la rubrique');
    await cachedPublic('rubrique:marques', load);
    await cachedPublic('rubrique:marques', load);
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(15_001);
    await cachedPublic('rubrique:marques', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('avec PUBLIC_CACHE_SECONDS=0, chaque page relit Strapi', async () => {
    const { cachedPublic } = await cacheWith('0');
    const load = counter('navigation');
    await cachedPublic('navigation', load);
    await cachedPublic('navigation', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('un échec n’est pas gardé : la page suivante redemande', async () => {
    const { cachedPublic } = await cacheWith('15');
    const failing = vi.fn(async () => {
      throw new Error('Strapi ne répond pas');
    });
    await expect(cachedPublic('accueil', failing)).rejects.toThrow('Strapi ne répond pas');
    await Promise.resolve();
    expect(await cachedPublic('accueil', counter('accueil'))).toBe('accueil');
  });
});
