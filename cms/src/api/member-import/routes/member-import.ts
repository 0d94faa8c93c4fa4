import { factories } from '@strapi/strapi';

// No content-API route: imports are read in the admin panel and run through the admin routes.
export default factories.createCoreRouter('api::member-import.member-import', { only: [] });
