import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::member-import.member-import');
