import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::erasure-request.erasure-request');
