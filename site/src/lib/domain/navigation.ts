/**
 * The menu as editors set it: pages in their order, a page with a parent shown in its parent's
 * sub-menu. One level only: a page whose parent is itself in a sub-menu, or is not in the menu,
 * is shown at the top level rather than lost.
 */
import type { NavigationItem } from '../strapi/schemas';

export interface NavigationEntry {
  title: string;
  slug: string;
  children: Array<{ title: string; slug: string }>;
}

export function navigationTree(items: readonly NavigationItem[]): NavigationEntry[] {
  const bySlug = new Map(items.map((item) => [item.slug, item]));
  const isTopLevel = (item: NavigationItem) => {
    const parent = item.navigationParent?.slug;
    return !parent || parent === item.slug || !bySlug.has(parent) || Boolean(bySlug.get(parent)?.navigationParent);
  };
  const top = items.filter(isTopLevel);
  return top.map((entry) => ({
    title: entry.title,
    slug: entry.slug,
    children: items
      .filter((item) => !isTopLevel(item) && item.navigationParent?.slug === entry.slug)
      .map(({ title, slug }) => ({ title, slug })),
  }));
}
