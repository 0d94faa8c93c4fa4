import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::second-member.second-member');
