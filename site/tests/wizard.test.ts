import type { MemberRecord } from '@aec/config';
import { describe, expect, it, vi } from 'vitest';
import { emptyJoinDraft } from '../src/lib/join-draft';
import { runWizard, type Sent, type Wizard } from '../src/lib/wizard';
import type { MemberDraft } from '../src/lib/member-draft';

const url = (path: string) => new URL(path, 'http://localhost:4321');

function post(fields: Record<string, string>): Request {
  return new Request('http://localhost:4321/etape', { method: 'POST', body: new URLSearchParams(fields) });
}

function valid(): MemberDraft {
  const draft = emptyJoinDraft();
  draft.steps[1] = {
    email: 'marie.dupont@exemple.fr',
    civility: 'madame',
    firstName: 'Marie',
    lastName: 'Dupont',
    phone: '',
    mobilePhone: '',
  };
  draft.steps[2] = {
    line1: '3 rue des Potiers',
    line2: '',
    line3: '',
    postalCode: '58000',
    city: 'Nevers',
    country: 'France',
  };
  draft.steps[3] = { hasSecondMember: 'non', civility: '', firstName: '', lastName: '', email: '', phone: '' };
  return { steps: draft.steps };
}

function wizard(
  step: 1 | 2 | 3 | 4,
  draft: MemberDraft,
  send = vi.fn(async (_record: MemberRecord): Promise<Sent> => ({ redirect: '/fini' })),
) {
  const keep = vi.fn();
  const spec: Wizard<MemberDraft> = { step, draft, stepUrl: (n) => `/etape/${n}`, keep, send };
  return { spec, keep, send };
}

describe('l’assistant en 4 étapes (Adhérer, Modifier ma fiche membre)', () => {
  it('« Précédent » revient en arrière sans vérifier, et garde ce qui a été tapé', async () => {
    const draft = valid();
    const { spec, keep } = wizard(2, draft);
    const page = await runWizard(post({ line1: '', city: 'Decize', nav: 'precedent' }), url('/etape/2'), spec);
    expect(page).toEqual({ redirect: '/etape/1' });
    expect(draft.steps[2]).toMatchObject({ line1: '', city: 'Decize' });
    expect(keep).toHaveBeenCalledWith(draft);
  });

  it('« Suivant » sur une étape fausse la remontre avec ses erreurs en français, rien de perdu', async () => {
    const { spec, keep } = wizard(2, valid());
    const page = await runWizard(
      post({ line1: '', postalCode: '5800', city: 'Nevers', country: 'France' }),
      url('/etape/2'),
      spec,
    );
    expect(page.redirect).toBeUndefined();
    if (page.redirect !== undefined) return;
    expect(page.values).toMatchObject({ postalCode: '5800', city: 'Nevers' });
    expect(Object.keys(page.errors)).toEqual(expect.arrayContaining(['line1', 'postalCode']));
    expect(keep).toHaveBeenCalled();
  });

  it('« Suivant » sur une étape juste passe à la suivante ; ce qu’une page retient encore l’arrête', async () => {
    const { spec } = wizard(1, valid());
    const fields = { ...valid().steps[1] };
    expect(await runWizard(post(fields), url('/etape/1'), spec)).toEqual({ redirect: '/etape/2' });
    const held = await runWizard(post(fields), url('/etape/1'), { ...spec, holdBack: () => 'Trop rapide.' });
    expect(held).toMatchObject({ general: 'Trop rapide.', errors: {} });
  });

  it('l’étape 4 renvoie à la première étape qui a encore un problème, sans rien envoyer', async () => {
    const draft = valid();
    draft.steps[2].postalCode = '';
    const { spec, send } = wizard(4, draft);
    expect(await runWizard(post({}), url('/etape/4'), spec)).toEqual({ redirect: '/etape/2?verifier=1' });
    expect(send).not.toHaveBeenCalled();
  });

  it('l’étape 4 envoie la fiche entière ; un refus s’affiche sur l’étape 4', async () => {
    const { spec, send } = wizard(4, valid());
    expect(await runWizard(post({}), url('/etape/4'), spec)).toEqual({ redirect: '/fini' });
    expect(send.mock.calls[0]?.[0]).toMatchObject({ address: { city: 'Nevers' }, secondMember: null });
    const refused = await runWizard(post({}), url('/etape/4'), {
      ...spec,
      send: async () => ({ general: 'Strapi ne répond pas.' }),
    });
    expect(refused).toMatchObject({ general: 'Strapi ne répond pas.', errors: {} });
  });

  it('revenu par « ?verifier=1 », une étape montre aussitôt ses erreurs', async () => {
    const draft = valid();
    draft.steps[2].city = '';
    const { spec } = wizard(2, draft);
    const page = await runWizard(
      new Request('http://localhost:4321/etape/2?verifier=1'),
      url('/etape/2?verifier=1'),
      spec,
    );
    if (page.redirect !== undefined) throw new Error('une page était attendue');
    expect(Object.keys(page.errors)).toEqual(['city']);
  });
});
