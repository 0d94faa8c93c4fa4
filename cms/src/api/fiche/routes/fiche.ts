import { factories } from '@strapi/strapi';

// A fiche is members-only when its rubrique is (middlewares/published-only).
const membersOnly = {
  name: 'global::published-only',
  config: { membersOnly: { rubrique: { membersOnly: { $ne: true } } } },
};

export default factories.createCoreRouter('api::fiche.fiche', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [membersOnly] },
    findOne: { middlewares: [membersOnly] },
  },
});
