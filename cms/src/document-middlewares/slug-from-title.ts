/**
 * A page, article, event or rubrique saved with the placeholder address the admin proposes before
 * anything is typed (« page », « page-1 »…) gets its address from its title instead: editors
 * did not know to press ↻, and every page was published at /pages/page-N.
 */
import type { Core } from '@strapi/strapi';
import { uids } from '../db';

/** Each type with a « slug » built from one of its fields. */
const SOURCES: Record<string, string> = {
  [uids.page]: 'title',
  [uids.article]: 'title',
  [uids.event]: 'title',
  [uids.rubrique]: 'name',
};

interface UidService {
  generateUIDField: (input: {
    contentTypeUID: string;
    field: string;
    data: Record<string, unknown>;
    locale?: string;
  }) => Promise<string>;
}

export function registerSlugFromTitle(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const source = SOURCES[context.uid];
    if (!source || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Record<string, unknown>; locale?: string };
    const data = params.data;
    const modelName = strapi.contentTypes[context.uid as keyof typeof strapi.contentTypes]?.modelName;
    const placeholder = new RegExp(`^${modelName}(-\\d+)?$`);
    const named = typeof data?.[source] === 'string' ? (data[source] as string) : '';
    // A title that itself reads « Page 2 » keeps its address: else each save would move it on.
    const plain = named
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    if (data && typeof data.slug === 'string' && placeholder.test(data.slug) && plain) {
      if (!placeholder.test(plain)) {
        const uid = strapi.plugin('content-manager').service('uid') as unknown as UidService;
        data.slug = await uid.generateUIDField({
          contentTypeUID: context.uid,
          field: 'slug',
          data: { [source]: named },
          ...(params.locale ? { locale: params.locale } : {}),
        });
      }
    }
    return next();
  });
}
