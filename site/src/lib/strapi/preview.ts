/** A draft page or article for the editors' preview: the link's parts go to Strapi, which checks the signature. */
import { z } from 'zod';
import { strapiFetch } from './client';
import { refusalDetails } from './errors';
import { blocksSchema } from './schemas';

const previewSchema = z.object({
  data: z.discriminatedUnion('type', [
    z.object({
      type: z.literal('page'),
      documentId: z.string(),
      title: z.string(),
      slug: z.string().nullable(),
      description: z.string().nullable(),
      body: blocksSchema,
    }),
    z.object({
      type: z.literal('article'),
      documentId: z.string(),
      title: z.string(),
      slug: z.string().nullable(),
      summary: z.string().nullable(),
      date: z.string().nullable(),
      body: blocksSchema,
    }),
  ]),
});

export type PreviewDocument = z.infer<typeof previewSchema>['data'];

export async function getPreview(params: URLSearchParams): Promise<PreviewDocument | 'refused'> {
  const parts = ['type', 'id', 'expires', 'signature'].map((name) => params.get(name) ?? '');
  if (parts.some((part) => part === '' || part.length > 200)) return 'refused';
  try {
    const { data } = await strapiFetch(`/api/preview/${parts.map(encodeURIComponent).join('/')}`, previewSchema);
    return data;
  } catch (error) {
    const details = refusalDetails(error);
    if (details && (details.status === 403 || details.status === 404)) return 'refused';
    throw error;
  }
}
