/**
 * The draft behind a signed preview link: the latest version of the document, whatever its
 * publication state, with only the fields the site renders.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { checkPreview, PREVIEWABLE } from '../../../utils/preview-link';
import { forbid } from '../../../utils/validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Context) {
    const { type, documentId, expires, signature } = ctx.params as Record<string, string>;
    const checked = checkPreview(type ?? '', documentId ?? '', expires ?? '', signature ?? '');
    if (!checked.ok) return forbid(ctx, 'Preview link refused', `link-${checked.problem}`);
    const uid = PREVIEWABLE[checked.type];
    const found = await strapi.documents(uid).findOne({ documentId: documentId!, status: 'draft' });
    if (!found) return ctx.notFound();
    const common = { documentId: found.documentId, title: found.title, slug: found.slug, body: found.body ?? [] };
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = {
      data:
        checked.type === 'page'
          ? { type: checked.type, ...common, description: 'description' in found ? (found.description ?? null) : null }
          : {
              type: checked.type,
              ...common,
              summary: 'summary' in found ? (found.summary ?? null) : null,
              date: 'date' in found ? (found.date ?? null) : null,
            },
    };
  },
});
