import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::planned-reminder.planned-reminder');
