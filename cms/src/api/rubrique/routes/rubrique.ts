import { factories } from '@strapi/strapi';

// Public reads: published versions, members-only content for members, and only what the site reads (middlewares/public-read).
const publicRead = { name: 'global::public-read', config: { uid: 'api::rubrique.rubrique' } };

export default factories.createCoreRouter('api::rubrique.rubrique', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [publicRead] },
    findOne: { middlewares: [publicRead] },
  },
});
