/**
 * Public pages may be kept by a shared cache for a minute and served stale while it refreshes:
 * what editors publish shows within a minute, without a rebuild. The session middleware turns
 * this into `private, no-store` for any logged-in member.
 */
export const PUBLIC_PAGE_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';
