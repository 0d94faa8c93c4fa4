import { factories } from '@strapi/strapi';

// Public reads: published versions only, members-only content for members only (middlewares/published-only).
export default factories.createCoreRouter('api::event.event', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: ['global::published-only'] },
    findOne: { middlewares: ['global::published-only'] },
  },
});
