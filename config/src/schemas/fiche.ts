import { z } from 'zod';
import { messages } from '../messages.fr.js';
import { optionalText, requiredText } from './text.js';

export const FICHE_MAX_IMAGES = 10;
export const FICHE_MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const FICHE_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const ficheImageSchema = z.object({
  /** Strapi media id of an image already uploaded by this member. */
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
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, messages.fiche.dateInvalid)
    .optional(),
  place: optionalText(200, messages.fiche.titleTooLong),
  period: optionalText(200, messages.fiche.titleTooLong),
});

export type FicheInput = z.infer<typeof ficheSchema>;
