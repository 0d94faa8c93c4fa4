import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from '@aec/config';
import { serviceOf } from '../../../db';

const params = z.object({ slug: z.string().min(1).max(200) });
const query = z.object({ page: z.coerce.number().int().min(1).max(1000).default(1) });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/fiches/rubrique/:slug?page=… — a members-only rubrique answers only with a member's token. */
  async byRubrique(ctx: Context) {
    const slug = params.safeParse(ctx.params);
    const page = query.safeParse(ctx.query);
    if (!slug.success || !page.success) throw new errors.ValidationError('Requête invalide', { reason: 'invalid' });
    const service = serviceOf(strapi, 'api::fiche.listing');
    const result = await service.byRubrique(slug.data.slug, page.data.page, Boolean(ctx.state.user));
    if (!result) return ctx.notFound();
    ctx.body = result;
  },
});
