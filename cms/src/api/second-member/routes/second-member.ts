import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::second-member.second-member');
