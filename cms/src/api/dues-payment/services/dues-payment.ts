import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::dues-payment.dues-payment');
