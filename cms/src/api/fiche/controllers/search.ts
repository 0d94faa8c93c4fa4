import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from '@aec/config';
import { serviceOf } from '../../../db';

const query = z.object({
  _q: z.string().trim().min(2).max(200),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async search(ctx: Context) {
    const parsed = query.safeParse(ctx.query);
    if (!parsed.success) throw new errors.ValidationError('Recherche invalide', { reason: 'invalid' });
    const service = serviceOf(strapi, 'api::fiche.search');
    ctx.body = await service.search(parsed.data._q, parsed.data.page);
  },
});
