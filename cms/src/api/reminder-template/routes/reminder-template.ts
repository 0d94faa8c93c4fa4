import { factories } from '@strapi/strapi';

// No content-API route: volunteers read and edit these in the admin panel; members see theirs through /api/me/account.
export default factories.createCoreRouter('api::reminder-template.reminder-template', { only: [] });
