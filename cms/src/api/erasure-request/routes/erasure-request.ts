import { factories } from '@strapi/strapi';

// No content-API route: members ask from "Mon compte" (/api/me/erasure-request); volunteers process in the admin panel.
export default factories.createCoreRouter('api::erasure-request.erasure-request', { only: [] });
