import { describe, expect, it } from 'vitest';
import {
  emptyJoinDraft,
  filledTooFast,
  keepHoneypot,
  sealShownAt,
  SHOWN_AT_FIELD,
  SHOWN_AT_VALID_MS,
  takeShownAt,
} from '../src/lib/join-draft';
import { draftOf, MAX_KEPT_CHARS, ownedDraft, pickStepValues, type MemberDraft } from '../src/lib/member-draft';

const jeans: MemberDraft = {
  steps: {
    1: {
      email: 'jean.martin@exemple.fr',
      civility: 'M.',
      firstName: 'Jean',
      lastName: 'Martin',
      phone: '',
      mobilePhone: '',
    },
    2: {
      line1: 'Escalier secret de Jean',
      line2: '',
      line3: '',
      postalCode: '89000',
      city: 'Auxerre',
      country: 'France',
    },
    3: { hasSecondMember: 'non', civility: '', firstName: '', lastName: '', email: '', phone: '' },
  },
};

describe('Modifier ma fiche membre : le brouillon gardé pour ce navigateur', () => {
  it('revient au membre qui l’a commencé', () => {
    expect(draftOf(ownedDraft(7, jeans), 7)?.steps[2].line1).toBe('Escalier secret de Jean');
  });

  it('ne se montre jamais à un autre membre connecté ensuite sur le même navigateur', () => {
    expect(draftOf(ownedDraft(7, jeans), 8)).toBeNull();
  });

  it('ne se montre pas s’il ne dit pas à qui il est (brouillon d’avant, ou session abîmée)', () => {
    for (const kept of [jeans, undefined, null, 'x', { memberId: '7', steps: jeans.steps }, { memberId: 7 }]) {
      expect(draftOf(kept, 7)).toBeNull();
    }
  });
});

describe('Ce qu’un visiteur poste ne grossit pas la réserve des sessions', () => {
  it('un champ de 15 Mo est gardé sur mille caractères, les champs inconnus pas du tout', () => {
    const kept = pickStepValues(2, {
      line1: 'x'.repeat(15 * 1024 * 1024),
      postalCode: '58000',
      inconnu: 'y'.repeat(1_000),
    });
    expect(kept.line1).toHaveLength(MAX_KEPT_CHARS);
    expect(kept.postalCode).toBe('58000');
    expect(JSON.stringify(kept).length).toBeLessThan(1_200);
    expect(Object.keys(kept)).not.toContain('inconnu');
  });

  it('le pot de miel rempli par un robot est gardé sur 500 caractères, comme Strapi le garde', () => {
    const draft = emptyJoinDraft();
    keepHoneypot(draft, { website: 'http://spam.example/'.repeat(100_000) });
    expect(draft.website).toHaveLength(500);
    keepHoneypot(draft, {});
    expect(draft.website).toHaveLength(500);
  });
});

describe('Adhérer : l’heure où l’étape 1 s’est affichée vient du formulaire, scellée', () => {
  it('scellée par le site, elle est reprise ; inventée par le visiteur, elle est ignorée', () => {
    const draft = emptyJoinDraft();
    takeShownAt(draft, { [SHOWN_AT_FIELD]: String(Date.now() - 60_000) });
    expect(draft.stepOneShownAt).toBeNull();
    expect(filledTooFast(draft)).toBe(true);
    const shownAt = Date.now() - 60_000;
    takeShownAt(draft, { [SHOWN_AT_FIELD]: sealShownAt(shownAt) });
    expect(draft.stepOneShownAt).toBe(shownAt);
    expect(filledTooFast(draft)).toBe(false);
  });

  it('scellée il y a plus de deux heures, elle ne sert plus : un affichage ne vaut pas pour toujours', () => {
    const draft = emptyJoinDraft();
    takeShownAt(draft, { [SHOWN_AT_FIELD]: sealShownAt(Date.now() - SHOWN_AT_VALID_MS - 1_000) });
    expect(draft.stepOneShownAt).toBeNull();
    expect(filledTooFast(draft)).toBe(true);
  });
});
