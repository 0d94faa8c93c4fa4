import { factories } from '@strapi/strapi';

// No content-API route: members reach their own data through /api/me/*, volunteers through the admin.
export default factories.createCoreRouter('api::member-profile.member-profile', { only: [] });
