import { factories } from '@strapi/strapi';
import { publicDuesSchema } from '@aec/config';
import { serviceOf, uids } from '../../../db';

export default factories.createCoreController(uids.associationSetting, ({ strapi }) => ({
  /** The dues amounts only: the bank details are for members. */
  async dues(ctx) {
    const settings = await serviceOf(strapi, uids.associationSetting).current();
    ctx.body = { data: publicDuesSchema.parse(settings.dues) };
  },
}));
