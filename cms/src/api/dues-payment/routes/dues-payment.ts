import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::dues-payment.dues-payment');
