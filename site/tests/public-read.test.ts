import type { AstroCookies } from 'astro';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@aec/config';
import { readAsMemberOrVisitor } from '../src/lib/auth/public-read';
import { StrapiHttpError } from '../src/lib/strapi/errors';

/** The page's cookies and locals, recording what the page asks the browser to forget. */
function visit(jwt: string | null) {
  const deleted: string[] = [];
  const cookies = { delete: (name: string) => deleted.push(name) } as unknown as AstroCookies;
  const locals: App.Locals = { member: jwt ? { jwt } : null, identity: async () => defaultSettings.identity };
  return { deleted, context: { cookies, locals } };
}

/** Strapi: a public page for anyone, a 401 for any token but the valid one. */
function strapi(asked: Array<string | null>) {
  return async (token: string | null) => {
    asked.push(token);
    if (token !== null && token !== 'valide') throw new StrapiHttpError('/api/pages', 401, null);
    return token ? 'page des membres' : 'page publique';
  };
}

describe('une page publique lue avec un cookie de connexion', () => {
  it('un jeton refusé par Strapi : la page est relue comme par un visiteur, et le cookie effacé', async () => {
    const asked: Array<string | null> = [];
    const { deleted, context } = visit('jeton-perime');
    await expect(readAsMemberOrVisitor(context, strapi(asked))).resolves.toBe('page publique');
    expect(asked).toEqual(['jeton-perime', null]);
    expect(deleted).toEqual(['aec_access']);
    expect(context.locals.member).toBeNull();
  });

  it('un jeton accepté : la page du membre, une seule lecture, rien d’effacé', async () => {
    const asked: Array<string | null> = [];
    const { deleted, context } = visit('valide');
    await expect(readAsMemberOrVisitor(context, strapi(asked))).resolves.toBe('page des membres');
    expect(asked).toEqual(['valide']);
    expect(deleted).toEqual([]);
  });

  it('sans cookie, aucun jeton n’est envoyé', async () => {
    const asked: Array<string | null> = [];
    await readAsMemberOrVisitor(visit(null).context, strapi(asked));
    expect(asked).toEqual([null]);
  });

  it('une autre erreur de Strapi n’est pas cachée', async () => {
    const failing = async () => {
      throw new StrapiHttpError('/api/pages', 400, null);
    };
    await expect(readAsMemberOrVisitor(visit('valide').context, failing)).rejects.toBeInstanceOf(StrapiHttpError);
  });
});
