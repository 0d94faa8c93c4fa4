import { factories } from '@strapi/strapi';
import { uids } from '../../../db';

// Public reads (middlewares/public-read). A fiche is members-only when its rubrique is; a picture
// gives what an <img> needs, never the entries it is `related` to.
const publicRead = {
  name: 'global::public-read',
  config: {
    uid: uids.fiche,
    membersOnly: { rubrique: { membersOnly: { $ne: true } } },
    populate: { images: ['url', 'alternativeText', 'width', 'height', 'formats'], rubrique: ['name', 'slug'] },
    filterThrough: ['rubrique'],
  },
};

export default factories.createCoreRouter(uids.fiche, {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [publicRead] },
    findOne: { middlewares: [publicRead] },
  },
});
