/**
 * Named 01-… so that it is registered before the core route /fiches/:id, which would take "search" for an id.
 * GET /api/fiches/search?_q=…&page=… — words across published fiches. Public.
 * `_q` is the name Strapi's strict query check already allows for a search.
 */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/fiches/search', handler: 'search.search', config: { policies: [], middlewares: [] } },
  ],
};
