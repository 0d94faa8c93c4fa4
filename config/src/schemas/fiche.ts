import { z } from 'zod';
import { messages } from '../messages.fr.js';
import { optionalText, requiredText } from './text.js';

export const FICHE_MAX_IMAGES = 10;
export const FICHE_MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const FICHE_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const ficheImageSchema = z.object({
  /** Strapi media id of an image already attached to this fiche (new images are uploaded one by one). */
  id: z.number().int().positive(),
  alt: requiredText(messages.fiche.imageAltRequired, 300, messages.fiche.imageAltRequired),
});

/** What a member writes: the server sets the author and the moderation state. */
export const ficheSchema = z.object({
  title: requiredText(messages.fiche.titleRequired, 200, messages.fiche.titleTooLong),
  rubrique: requiredText(messages.fiche.rubriqueRequired, 64, messages.fiche.rubriqueRequired),
  text: optionalText(50_000, messages.fiche.textTooLong),
  images: z.array(ficheImageSchema).max(FICHE_MAX_IMAGES, messages.fiche.tooManyImages(FICHE_MAX_IMAGES)).default([]),
  /** Optional fields a rubrique may declare (e.g. an event's date and place). */
  eventDate: z
    .string({ error: messages.fiche.dateInvalid })
    .regex(/^\d{4}-\d{2}-\d{2}$/, messages.fiche.dateInvalid)
    .optional(),
  place: optionalText(200, messages.fiche.titleTooLong),
  period: optionalText(200, messages.fiche.titleTooLong),
});

export type FicheInput = z.infer<typeof ficheSchema>;

/** Where a fiche stands, as the member reads it in "Voir et modifier mes fiches". */
export const ficheStates = ['brouillon', 'soumise', 'renvoyee', 'publiee', 'publiee-modifiee'] as const;
export type FicheState = (typeof ficheStates)[number];

export const ficheStateLabels: Record<FicheState, string> = {
  brouillon: 'brouillon',
  soumise: 'soumise, en attente de relecture',
  renvoyee: 'renvoyée avec un commentaire',
  publiee: 'publiée',
  'publiee-modifiee': 'publiée avec modifications en attente',
};

const rubriqueRefSchema = z.object({ documentId: z.string(), name: z.string(), slug: z.string() });

/** One line of the member's list. */
export const memberFicheSummarySchema = z.object({
  documentId: z.string(),
  title: z.string(),
  rubrique: rubriqueRefSchema.nullable(),
  state: z.enum(ficheStates),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A fiche as its author edits it: the text in the form's own syntax, the editors' comment. */
export const memberFicheSchema = memberFicheSummarySchema.extend({
  text: z.string(),
  eventDate: z.string().nullable(),
  place: z.string().nullable(),
  period: z.string().nullable(),
  moderationComment: z.string().nullable(),
  images: z.array(z.object({ id: z.number(), url: z.string(), alt: z.string() })),
});

export const memberFichePageSchema = z.object({
  data: z.array(memberFicheSummarySchema),
  meta: z.object({ page: z.number(), pageSize: z.number(), total: z.number(), pageCount: z.number() }),
});

/** "Enregistrer comme brouillon" or "Soumettre pour publication". */
export const ficheIntentSchema = z.enum(['brouillon', 'soumettre']);

export type MemberFicheSummary = z.infer<typeof memberFicheSummarySchema>;
export type MemberFiche = z.infer<typeof memberFicheSchema>;
export type MemberFichePage = z.infer<typeof memberFichePageSchema>;
