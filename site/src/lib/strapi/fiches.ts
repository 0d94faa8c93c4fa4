/** Fiches: the member's own (through /api/me/fiches) and the published ones (public content API). */
import {
  memberFichePageSchema,
  memberFicheSchema,
  type FicheInput,
  type MemberFiche,
  type MemberFichePage,
} from '@aec/config';
import { z } from 'zod';
import { cachedPublic } from './cache';
import { strapiFetch } from './client';
import { refusalDetails, StrapiHttpError } from './errors';
import { blocksSchema, listOf } from './schemas';
import { responsiveImageSchema } from '../domain/responsive-image';

export const rubriqueSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable().optional(),
  order: z.number().nullable().optional(),
  isExample: z.boolean().nullable().optional(),
  hasEventDate: z.boolean().nullable().optional(),
  hasPlace: z.boolean().nullable().optional(),
  hasPeriod: z.boolean().nullable().optional(),
});
export type Rubrique = z.infer<typeof rubriqueSchema>;

const imageSchema = responsiveImageSchema;

export const publicFicheSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  publishedAt: z.string().nullable().optional(),
  createdAt: z.string(),
  authorDisplayName: z.string().nullable().optional(),
  body: blocksSchema,
  eventDate: z.string().nullable().optional(),
  place: z.string().nullable().optional(),
  period: z.string().nullable().optional(),
  images: z.array(imageSchema).nullable().optional(),
  rubrique: z.object({ name: z.string(), slug: z.string() }).nullable().optional(),
});
export type PublicFiche = z.infer<typeof publicFicheSchema>;

/** What a responsive <img> needs: the original, its size, and the smaller copies Strapi made. */
const IMAGE_FIELDS = {
  'populate[images][fields][0]': 'url',
  'populate[images][fields][1]': 'alternativeText',
  'populate[images][fields][2]': 'width',
  'populate[images][fields][3]': 'height',
  'populate[images][fields][4]': 'formats',
};

const pagination = z.object({ page: z.number(), pageSize: z.number(), pageCount: z.number(), total: z.number() });

/** Public rubriques, in the editors' order; cached briefly (every fiche page and form shows them). */
export function listRubriques(): Promise<Rubrique[]> {
  return cachedPublic('rubriques', async () => {
    const { data } = await strapiFetch(
      '/api/rubriques?sort[0]=order:asc&sort[1]=name:asc&filters[membersOnly][$ne]=true&pagination[pageSize]=100',
      listOf(rubriqueSchema),
    );
    return data;
  });
}

/**
 * A rubrique's published fiches, newest first (our listing route: fast at 200,000 fiches);
 * shared by every visitor until the next write.
 */
export async function listPublishedFiches(
  rubriqueSlug: string,
  page: number,
): Promise<{ data: PublicFiche[]; pagination: z.infer<typeof pagination> }> {
  const path = `/api/fiches/rubrique/${encodeURIComponent(rubriqueSlug)}?page=${page}`;
  const answer = await cachedPublic(path, () =>
    strapiFetch(path, z.object({ data: z.array(publicFicheSchema), meta: z.object({ pagination }) })),
  );
  return { data: answer.data, pagination: answer.meta.pagination };
}

const ficheCardSchema = publicFicheSchema.pick({ documentId: true, title: true, publishedAt: true, rubrique: true });
export type FicheCard = z.infer<typeof ficheCardSchema>;

/** The latest published fiches, for the home page (members-only rubriques are hidden from visitors by Strapi); shared by every visitor for 15 s. */
export function listLatestFiches(limit = 4): Promise<FicheCard[]> {
  return cachedPublic(`latest-fiches:${limit}`, async () => {
    const query = new URLSearchParams({
      'sort[0]': 'publishedAt:desc',
      'fields[0]': 'title',
      'fields[1]': 'publishedAt',
      'populate[rubrique][fields][0]': 'name',
      'populate[rubrique][fields][1]': 'slug',
      'pagination[pageSize]': String(limit),
      'pagination[withCount]': 'false',
    });
    const { data } = await strapiFetch(`/api/fiches?${query}`, listOf(ficheCardSchema));
    return data;
  });
}

export async function getPublishedFiche(documentId: string, jwt?: string | null): Promise<PublicFiche | null> {
  const query = new URLSearchParams({
    'filters[documentId][$eq]': documentId,
    ...IMAGE_FIELDS,
    'populate[rubrique][fields][0]': 'name',
    'populate[rubrique][fields][1]': 'slug',
  });
  const { data } = await strapiFetch(`/api/fiches?${query}`, listOf(publicFicheSchema), { token: jwt ?? null });
  return data[0] ?? null;
}

export function listMyFiches(
  jwt: string,
  options: { rubrique?: string | undefined; page: number },
): Promise<MemberFichePage> {
  const query = new URLSearchParams({
    page: String(options.page),
    ...(options.rubrique ? { rubrique: options.rubrique } : {}),
  });
  return strapiFetch(`/api/me/fiches?${query}`, memberFichePageSchema, { token: jwt });
}

export async function getMyFiche(jwt: string, documentId: string): Promise<MemberFiche | null> {
  try {
    const { data } = await strapiFetch(
      `/api/me/fiches/${encodeURIComponent(documentId)}`,
      z.object({ data: memberFicheSchema }),
      { token: jwt },
    );
    return data;
  } catch (error) {
    if (error instanceof StrapiHttpError && error.status === 404) return null;
    throw error;
  }
}

/** Field messages from Strapi's refusal (the same schema as ours, so rarely needed). */
export type SaveOutcome =
  | { ok: true; fiche: MemberFiche }
  | { ok: false; fields: Record<string, string[] | undefined> }
  | { ok: false; notFound: true };

async function save(call: () => Promise<{ data: MemberFiche }>): Promise<SaveOutcome> {
  try {
    return { ok: true, fiche: (await call()).data };
  } catch (error) {
    const details = refusalDetails(error);
    if (details?.status === 404) return { ok: false, notFound: true };
    if (details?.status === 400) return { ok: false, fields: details.fields ?? {} };
    throw error;
  }
}

const one = z.object({ data: memberFicheSchema });

export function createFiche(jwt: string, input: FicheInput, intent: 'brouillon' | 'soumettre'): Promise<SaveOutcome> {
  return save(() => strapiFetch('/api/me/fiches', one, { method: 'POST', token: jwt, body: { data: input, intent } }));
}

export function updateFiche(
  jwt: string,
  documentId: string,
  input: FicheInput,
  intent: 'brouillon' | 'soumettre',
): Promise<SaveOutcome> {
  return save(() =>
    strapiFetch(`/api/me/fiches/${encodeURIComponent(documentId)}`, one, {
      method: 'PUT',
      token: jwt,
      body: { data: input, intent },
    }),
  );
}

export function addFicheImage(jwt: string, documentId: string, image: File, alt: string): Promise<SaveOutcome> {
  const form = new FormData();
  form.append('image', image, image.name);
  form.append('alt', alt);
  return save(() =>
    strapiFetch(`/api/me/fiches/${encodeURIComponent(documentId)}/images`, one, { method: 'POST', token: jwt, form }),
  );
}

export async function deleteFiche(jwt: string, documentId: string): Promise<boolean> {
  try {
    await strapiFetch(`/api/me/fiches/${encodeURIComponent(documentId)}`, z.object({ ok: z.literal(true) }), {
      method: 'DELETE',
      token: jwt,
    });
    return true;
  } catch (error) {
    if (error instanceof StrapiHttpError && error.status === 404) return false;
    throw error;
  }
}

const searchAnswer = z.object({
  data: z.array(
    z.object({
      documentId: z.string(),
      title: z.string(),
      publishedAt: z.string(),
      authorDisplayName: z.string().nullable(),
      rubrique: z.object({ name: z.string().nullable(), slug: z.string() }).nullable(),
      excerpt: z.string(),
    }),
  ),
  meta: z.object({
    page: z.number(),
    pageSize: z.number(),
    total: z.number(),
    more: z.boolean().optional(),
    pageCount: z.number(),
  }),
});
export type SearchResults = z.infer<typeof searchAnswer>;

/** Words across published fiches (full text on PostgreSQL). */
export function searchFiches(words: string, page: number): Promise<SearchResults> {
  return strapiFetch(`/api/fiches/search?${new URLSearchParams({ _q: words, page: String(page) })}`, searchAnswer);
}
