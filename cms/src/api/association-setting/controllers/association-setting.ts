import { factories } from '@strapi/strapi';
import { identitySchema, publicDuesSchema } from '@aec/config';
import { serviceOf, uids } from '../../../db';

export default factories.createCoreController(uids.associationSetting, ({ strapi }) => ({
  /** The dues amounts only: the bank details are for members. */
  async dues(ctx) {
    const settings = await serviceOf(strapi, uids.associationSetting).current();
    ctx.body = { data: publicDuesSchema.parse(settings.dues) };
  },

  /** Name, contact address, registered office: what every page's footer shows. */
  async identity(ctx) {
    ctx.body = { data: identitySchema.parse(await serviceOf(strapi, uids.associationSetting).identity()) };
  },
}));
