/** Public content: pages, navigation, articles. */
import { cached } from './cache';
import { strapiFetch } from './client';
import {
  articleSchema,
  listOf,
  navigationItemSchema,
  pageSchema,
  type Article,
  type NavigationItem,
  type Page,
} from './schemas';

const NAVIGATION_TTL_MS = 30_000;

export async function getHomePage(): Promise<Page | null> {
  const { data } = await strapiFetch('/api/pages?filters[isHome][$eq]=true&pagination[pageSize]=1', listOf(pageSchema));
  return data[0] ?? null;
}

export async function getPageBySlug(slug: string): Promise<Page | null> {
  const { data } = await strapiFetch(
    `/api/pages?filters[slug][$eq]=${encodeURIComponent(slug)}&pagination[pageSize]=1`,
    listOf(pageSchema),
  );
  return data[0] ?? null;
}

export function getNavigation(): Promise<NavigationItem[]> {
  return cached('navigation', NAVIGATION_TTL_MS, async () => {
    const { data } = await strapiFetch(
      '/api/pages?filters[showInNavigation][$eq]=true&filters[membersOnly][$ne]=true&sort=navigationOrder:asc&fields[0]=title&fields[1]=slug&pagination[pageSize]=20',
      listOf(navigationItemSchema),
    );
    return data;
  });
}

export async function getLatestArticles(limit = 3): Promise<Article[]> {
  const { data } = await strapiFetch(
    `/api/articles?sort=date:desc&filters[membersOnly][$ne]=true&fields[0]=title&fields[1]=slug&fields[2]=date&fields[3]=summary&pagination[pageSize]=${limit}`,
    listOf(articleSchema),
  );
  return data;
}

export async function getArticleBySlug(slug: string): Promise<Article | null> {
  const { data } = await strapiFetch(
    `/api/articles?filters[slug][$eq]=${encodeURIComponent(slug)}&filters[membersOnly][$ne]=true&pagination[pageSize]=1`,
    listOf(articleSchema),
  );
  return data[0] ?? null;
}
