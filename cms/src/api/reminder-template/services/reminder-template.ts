import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::reminder-template.reminder-template');
