/**
 * Named 01-… so that these are registered before the core route /fiches/:id, which would take
 * "search" or "rubrique" for an id. Public.
 * - GET /api/fiches/search?_q=…&page=… — words across published fiches (`_q` is the name
 *   Strapi's strict query check already allows for a search). The same answer for anyone, an
 *   allow-list: no permission to check, so users-permissions does not read the Public role's
 *   rights from the database at each search (`auth: false`; the only such route, a test says so);
 * - GET /api/fiches/rubrique/:slug?page=… — a rubrique's published fiches, newest first.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/fiches/search',
      handler: 'search.search',
      config: { auth: false, policies: [], middlewares: [] },
    },
    {
      method: 'GET',
      path: '/fiches/rubrique/:slug',
      handler: 'listing.byRubrique',
      config: { policies: [], middlewares: [] },
    },
  ],
};
