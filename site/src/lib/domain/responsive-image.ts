/**
 * Responsive images from what Strapi's upload made: the original and its smaller copies
 * (small 500 px, medium 750 px, large 1000 px wide, when the original is wider). The browser
 * picks the lightest one that fills the space the page gives it (`sizes`).
 */
import { z } from 'zod';

const formatSchema = z.object({ url: z.string(), width: z.number(), height: z.number() });

export const responsiveImageSchema = z.object({
  url: z.string(),
  alternativeText: z.string().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  formats: z.record(z.string(), formatSchema.nullable()).nullable().optional(),
});

export type ResponsiveImage = z.infer<typeof responsiveImageSchema>;

/** The thumbnail is cropped for the admin's lists: never offered to readers. */
const READER_FORMATS = ['small', 'medium', 'large'];

export function srcset(image: ResponsiveImage): string | undefined {
  const candidates = READER_FORMATS.flatMap((name) => {
    const format = image.formats?.[name];
    return format ? [{ url: format.url, width: format.width }] : [];
  });
  if (image.width) candidates.push({ url: image.url, width: image.width });
  if (candidates.length < 2) return undefined;
  return candidates
    .sort((a, b) => a.width - b.width)
    .filter((candidate, index, all) => index === 0 || candidate.width !== all[index - 1]!.width)
    .map((candidate) => `${candidate.url} ${candidate.width}w`)
    .join(', ');
}
