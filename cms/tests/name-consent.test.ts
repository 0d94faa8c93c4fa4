/**
 * F10 of the intrusion test: a member withdrew her consent to show her name, and it stayed on
 * the fiches already published, in the API and in the search. Now the record's consent and
 * name apply to every fiche at once.
 */
import { describe, expect, it } from 'vitest';
import { adminAs } from './harness/admin';
import { api } from './harness/http';
import { useStrapi } from './harness/strapi';

const strapi = useStrapi();
const PROFILES = '/content-manager/collection-types/api::member-profile.member-profile';
const WORD = 'Pichetdenevers';

interface PublicFiche {
  data: { authorDisplayName: string | null };
}
interface SearchAnswer {
  data: Array<{ documentId: string; authorDisplayName: string | null }>;
}

async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 50; i += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('Retirer son accord pour que son nom figure sur ses fiches', () => {
  it('le nom quitte aussitôt les fiches déjà publiées, dans l’API et dans la recherche ; l’accord redonné le remet', async () => {
    const app = strapi.current.strapi;
    const marie = (await app.db.query('api::member-profile.member-profile').findOne({
      where: { user: { email: 'marie.dupont@exemple.fr' } },
      populate: { user: { select: ['id'] } },
    })) as { documentId: string; consentPublicName: boolean; user: { id: number } };
    expect(marie.consentPublicName).toBe(true);
    const rubrique = await app.db.query('api::rubrique.rubrique').findOne({ where: { membersOnly: false } });
    const fiche = await app.documents('api::fiche.fiche').create({
      data: {
        title: `Un ${WORD}`,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: `Un ${WORD} bleu.` }] }],
        rubrique: rubrique.documentId,
        author: marie.user.id,
        authorName: 'Marie Dupont',
        authorDisplayName: 'Marie Dupont',
        reviewState: 'soumise',
      },
      status: 'published',
    });
    const shown = async () =>
      (await api<PublicFiche>(strapi.current.baseUrl, `/api/fiches/${fiche.documentId}`)).body.data.authorDisplayName;
    const searched = async () =>
      (await api<SearchAnswer>(strapi.current.baseUrl, `/api/fiches/search?_q=${WORD}`)).body.data.find(
        (hit) => hit.documentId === fiche.documentId,
      )?.authorDisplayName;
    expect(await shown()).toBe('Marie Dupont');

    const token = await adminAs(strapi.current, 'aec-benevole', 'benevole.consentement@exemple.fr');
    const withdraw = await api(strapi.current.baseUrl, `${PROFILES}/${marie.documentId}`, {
      method: 'PUT',
      token,
      body: { consentPublicName: false },
    });
    expect(withdraw.status).toBe(200);
    expect(await eventually(async () => (await shown()) === null)).toBe(true);
    expect(await eventually(async () => ((await searched()) ?? null) === null)).toBe(true);

    await api(strapi.current.baseUrl, `${PROFILES}/${marie.documentId}`, {
      method: 'PUT',
      token,
      body: { consentPublicName: true },
    });
    expect(await eventually(async () => (await shown()) === 'Marie Dupont')).toBe(true);
    expect(await eventually(async () => (await searched()) === 'Marie Dupont')).toBe(true);
  });
});
