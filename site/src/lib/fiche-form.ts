/**
 * The fiche form ↔ the shared fiche schema. Existing images come back with their description
 * (alt-<id>) and a "retirer" box (remove-<id>); new images are added one at a time, separately.
 */
import { ficheSchema, type FicheInput, type MemberFiche } from '@aec/config';
import { validate, type Check, type FieldErrors, type FormValues } from './forms';

export function formValuesOf(fiche: MemberFiche): FormValues {
  return {
    title: fiche.title,
    text: fiche.text,
    eventDate: fiche.eventDate ?? '',
    place: fiche.place ?? '',
    period: fiche.period ?? '',
    ...Object.fromEntries(fiche.images.map((image) => [`alt-${image.id}`, image.alt])),
  };
}

export function readFicheForm(posted: FormValues, rubrique: string, imageIds: readonly number[]): Check<FicheInput> {
  const kept = imageIds.filter((id) => posted[`remove-${id}`] !== 'on');
  const candidate = {
    title: posted.title,
    rubrique,
    text: posted.text || undefined,
    eventDate: posted.eventDate || undefined,
    place: posted.place || undefined,
    period: posted.period || undefined,
    images: kept.map((id) => ({ id, alt: posted[`alt-${id}`] ?? '' })),
  };
  const result = validate(ficheSchema, candidate, posted);
  if (result.ok) return { ok: true, data: result.data };
  // images.2.alt → alt-<id of the third kept image>
  const errors: FieldErrors = {};
  for (const [field, message] of Object.entries(result.errors)) {
    const image = /^images\.(\d+)\.alt$/.exec(field);
    const id = image ? kept[Number(image[1])] : undefined;
    errors[id !== undefined ? `alt-${id}` : field] = message;
  }
  return { ok: false, errors };
}

export function intentOf(posted: FormValues): 'brouillon' | 'soumettre' {
  return posted.intent === 'soumettre' ? 'soumettre' : 'brouillon';
}
