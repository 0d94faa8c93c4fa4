import { factories } from '@strapi/strapi';
import { uids } from '../../../db';

// Public reads: published versions, members-only content for members, and only what the site reads (middlewares/public-read).
const publicRead = {
  name: 'global::public-read',
  config: { uid: uids.page, populate: { navigationParent: ['slug'] } },
};

export default factories.createCoreRouter(uids.page, {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [publicRead] },
    findOne: { middlewares: [publicRead] },
  },
});
