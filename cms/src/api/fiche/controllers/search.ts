import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from '@aec/config';
import type searchService from '../services/search';

const query = z.object({
  _q: z.string().trim().min(2).max(200),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async search(ctx: Context) {
    const parsed = query.safeParse(ctx.query);
    if (!parsed.success) throw new errors.ValidationError('Recherche invalide', { reason: 'invalid' });
    const service = strapi.service('api::fiche.search') as unknown as ReturnType<typeof searchService>;
    ctx.body = await service.search(parsed.data._q, parsed.data.page);
  },
});
