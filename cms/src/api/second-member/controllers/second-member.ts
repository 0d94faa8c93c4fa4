import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::second-member.second-member');
