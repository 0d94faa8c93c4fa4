/**
 * The shapes of Strapi's public content answers, as the site reads them.
 * Strapi 5 answers are flat ({ data: [{ documentId, title, … }] }).
 */
import { z } from 'zod';

const text = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});
const link = z.object({ type: z.literal('link'), url: z.string(), children: z.array(text) });
export const inlineSchema = z.union([text, link]);
const listItem = z.object({ type: z.literal('list-item'), children: z.array(inlineSchema) });

/** Strapi "blocks" rich text. Unknown block types are kept as `unknown` and not rendered. */
export const blockSchema = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(inlineSchema) }),
  z.object({ type: z.literal('heading'), level: z.number().int().min(1).max(6), children: z.array(inlineSchema) }),
  z.object({ type: z.literal('quote'), children: z.array(inlineSchema) }),
  z.object({ type: z.literal('list'), format: z.enum(['ordered', 'unordered']), children: z.array(listItem) }),
  z.looseObject({ type: z.string() }),
]);
export const blocksSchema = z.array(blockSchema).nullable().default([]);

export type Block = z.infer<typeof blockSchema>;
export type Inline = z.infer<typeof inlineSchema>;

export const pageSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  description: z.string().nullable().optional(),
  body: blocksSchema,
  isHome: z.boolean().nullable().optional(),
  showInNavigation: z.boolean().nullable().optional(),
  navigationOrder: z.number().nullable().optional(),
});

export const navigationItemSchema = pageSchema.pick({ title: true, slug: true }).extend({
  navigationParent: z.object({ slug: z.string() }).nullable().optional(),
});

export const articleSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  date: z.string(),
  summary: z.string().nullable().optional(),
  body: blocksSchema.optional(),
});

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item) });
}

export type Page = z.infer<typeof pageSchema>;
export type Article = z.infer<typeof articleSchema>;
export type NavigationItem = z.infer<typeof navigationItemSchema>;
