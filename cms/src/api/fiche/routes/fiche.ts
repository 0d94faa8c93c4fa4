import { factories } from '@strapi/strapi';

// Public reads: published versions only, whatever the query asks (see middlewares/published-only).
export default factories.createCoreRouter('api::fiche.fiche', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: ['global::published-only'] },
    findOne: { middlewares: ['global::published-only'] },
  },
});
