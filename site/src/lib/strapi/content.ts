/** Public content: pages, navigation, articles. */
import { z } from 'zod';
import { defaultSettings, identitySchema, publicDuesSchema, type Identity, type PublicDues } from '@aec/config';
import { navigationTree, type NavigationEntry } from '../domain/navigation';
import { cachedPublic } from './cache';
import { strapiFetch } from './client';
import {
  articleSchema,
  blocksSchema,
  listOf,
  navigationItemSchema,
  pageSchema,
  type Article,
  type Page,
} from './schemas';

export function getHomePage(): Promise<Page | null> {
  return cachedPublic('home', async () => {
    const { data } = await strapiFetch(
      '/api/pages?filters[isHome][$eq]=true&pagination[pageSize]=1&pagination[withCount]=false',
      listOf(pageSchema),
    );
    return data[0] ?? null;
  });
}

/** With a member's token, members-only pages are found too; without, Strapi never returns them. */
export async function getPageBySlug(slug: string, jwt?: string | null): Promise<Page | null> {
  const { data } = await strapiFetch(
    `/api/pages?filters[slug][$eq]=${encodeURIComponent(slug)}&pagination[pageSize]=1`,
    listOf(pageSchema),
    { token: jwt ?? null },
  );
  return data[0] ?? null;
}

/** The menu editors control: pages in their order, each with its sub-menu (one level). */
export function getNavigation(): Promise<NavigationEntry[]> {
  return cachedPublic('navigation', async () => {
    const { data } = await strapiFetch(
      '/api/pages?filters[showInNavigation][$eq]=true&filters[membersOnly][$ne]=true&sort[0]=navigationOrder:asc&sort[1]=title:asc&fields[0]=title&fields[1]=slug&populate[navigationParent][fields][0]=slug&pagination[pageSize]=50',
      listOf(navigationItemSchema),
    );
    return navigationTree(data);
  });
}

export function getLatestArticles(limit = 3): Promise<Article[]> {
  return cachedPublic(`articles:${limit}`, async () => {
    const { data } = await strapiFetch(
      `/api/articles?sort=date:desc&filters[membersOnly][$ne]=true&fields[0]=title&fields[1]=slug&fields[2]=date&fields[3]=summary&pagination[pageSize]=${limit}&pagination[withCount]=false`,
      listOf(articleSchema),
    );
    return data;
  });
}

/** With a member's token, members-only articles are found too; without, Strapi never returns them. */
export async function getArticleBySlug(slug: string, jwt?: string | null): Promise<Article | null> {
  const { data } = await strapiFetch(
    `/api/articles?filters[slug][$eq]=${encodeURIComponent(slug)}&pagination[pageSize]=1`,
    listOf(articleSchema),
    { token: jwt ?? null },
  );
  return data[0] ?? null;
}

export async function listArticles(page: number): Promise<{ data: Article[]; pageCount: number }> {
  const query = new URLSearchParams({
    sort: 'date:desc',
    'filters[membersOnly][$ne]': 'true',
    'fields[0]': 'title',
    'fields[1]': 'slug',
    'fields[2]': 'date',
    'fields[3]': 'summary',
    'pagination[page]': String(page),
    'pagination[pageSize]': '20',
  });
  const answer = await strapiFetch(
    `/api/articles?${query}`,
    z.object({ data: z.array(articleSchema), meta: z.object({ pagination: z.object({ pageCount: z.number() }) }) }),
  );
  return { data: answer.data, pageCount: answer.meta.pagination.pageCount };
}

export const eventSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable().optional(),
  place: z.string().nullable().optional(),
  summary: z.string().nullable().optional(),
  body: blocksSchema.optional(),
});
export type AgendaEvent = z.infer<typeof eventSchema>;

/** The agenda: upcoming events first (soonest first), then past ones (latest first). */
export async function listEvents(now = new Date()): Promise<{ upcoming: AgendaEvent[]; past: AgendaEvent[] }> {
  const { data } = await strapiFetch(
    '/api/events?sort=startsAt:asc&filters[membersOnly][$ne]=true&pagination[pageSize]=100',
    listOf(eventSchema),
  );
  const iso = now.toISOString();
  return {
    upcoming: data.filter((event) => (event.endsAt ?? event.startsAt) >= iso),
    past: data.filter((event) => (event.endsAt ?? event.startsAt) < iso).reverse(),
  };
}

/** The next public events, soonest first, for the home page. */
export function getUpcomingEvents(limit = 3): Promise<AgendaEvent[]> {
  return cachedPublic(`events:${limit}`, async () => {
    const query = new URLSearchParams({
      sort: 'startsAt:asc',
      'filters[membersOnly][$ne]': 'true',
      'filters[startsAt][$gte]': new Date().toISOString(),
      'pagination[pageSize]': String(limit),
      'pagination[withCount]': 'false',
    });
    const { data } = await strapiFetch(`/api/events?${query}`, listOf(eventSchema));
    return data;
  });
}

/** Every public path, for sitemap.xml. Members-only content never appears. */
export async function publicPaths(): Promise<string[]> {
  const [pages, articles, rubriques, fiches] = await Promise.all([
    strapiFetch(
      '/api/pages?filters[membersOnly][$ne]=true&fields[0]=slug&fields[1]=isHome&pagination[pageSize]=100',
      listOf(pageSchema.pick({ slug: true, isHome: true })),
    ),
    strapiFetch(
      '/api/articles?filters[membersOnly][$ne]=true&fields[0]=slug&pagination[pageSize]=100',
      listOf(z.object({ slug: z.string() })),
    ),
    strapiFetch(
      '/api/rubriques?filters[membersOnly][$ne]=true&fields[0]=slug&pagination[pageSize]=100',
      listOf(z.object({ slug: z.string() })),
    ),
    strapiFetch(
      '/api/fiches?filters[rubrique][membersOnly][$ne]=true&fields[0]=documentId&pagination[pageSize]=100&sort=publishedAt:desc',
      listOf(z.object({ documentId: z.string() })),
    ),
  ]);
  return [
    '/',
    '/actualites',
    '/agenda',
    '/rubriques',
    '/contact',
    ...pages.data.filter((page) => !page.isHome).map((page) => `/${page.slug}`),
    ...articles.data.map((article) => `/actualites/${article.slug}`),
    ...rubriques.data.map((rubrique) => `/rubriques/${rubrique.slug}`),
    ...fiches.data.map((fiche) => `/fiches/${fiche.documentId}`),
  ];
}

/** A page's frame never waits longer than this for the association's name and addresses. */
export const IDENTITY_WAIT_MS = 1000;

/** The identity last read from Strapi; the first start's until then. */
let knownIdentity: Identity = defaultSettings.identity;

/**
 * Name, contact address and registered office from « Réglages de l'association », for every
 * page's frame. Waits at most IDENTITY_WAIT_MS: past that, or if Strapi cannot be read, the page
 * shows the identity last read (the read goes on and fills the public cache for the next page).
 */
export async function getIdentity(): Promise<Identity> {
  const read = cachedPublic('identity', async () => {
    const { data } = await strapiFetch('/api/reglages/association', z.object({ data: identitySchema }));
    knownIdentity = data;
    return data;
  });
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<Identity>((resolve) => {
    timer = setTimeout(() => resolve(knownIdentity), IDENTITY_WAIT_MS);
  });
  try {
    return await Promise.race([read, waited]);
  } catch {
    return knownIdentity;
  } finally {
    clearTimeout(timer);
  }
}

/** For the pages that must not call Strapi (the error pages): the identity last read. */
export function lastIdentity(): Identity {
  return knownIdentity;
}

/** The dues amounts of « Réglages de l'association », as « Adhérer » shows them (public, kept like the rest). */
export function getDues(): Promise<PublicDues> {
  return cachedPublic('dues', async () => {
    const { data } = await strapiFetch('/api/reglages/cotisations', z.object({ data: publicDuesSchema }));
    return data;
  });
}
