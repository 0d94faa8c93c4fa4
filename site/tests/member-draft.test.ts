import { describe, expect, it } from 'vitest';
import { draftOf, ownedDraft, type MemberDraft } from '../src/lib/member-draft';

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
