import { factories } from '@strapi/strapi';

// No content-API route: volunteers read the journal in the admin panel; members see theirs through /api/me/account.
export default factories.createCoreRouter('api::member-change.member-change', { only: [] });
