import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::planned-reminder.planned-reminder');
