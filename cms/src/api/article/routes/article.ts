import { factories } from '@strapi/strapi';

// Public reads: published versions, members-only content for members, and only what the site reads (middlewares/public-read).
const publicRead = { name: 'global::public-read', config: { uid: 'api::article.article' } };

export default factories.createCoreRouter('api::article.article', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [publicRead] },
    findOne: { middlewares: [publicRead] },
  },
});
