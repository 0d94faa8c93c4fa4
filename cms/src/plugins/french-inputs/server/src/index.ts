/**
 * « Montant en euros »: a whole number of cents in the database (no rounding ever happens on
 * money), typed and read in euros in the admin (admin/src/EurosInput.tsx).
 */
import type { Core } from '@strapi/strapi';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.customFields.register({ name: 'euros', plugin: 'french-inputs', type: 'integer' });
  },
};
