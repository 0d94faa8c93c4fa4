import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::dues-payment.dues-payment');
