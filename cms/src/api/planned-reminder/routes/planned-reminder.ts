import { factories } from '@strapi/strapi';

// No content-API route: volunteers read the plan in the admin panel.
export default factories.createCoreRouter('api::planned-reminder.planned-reminder', { only: [] });
