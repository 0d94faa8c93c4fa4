import { errors } from '@strapi/utils';
import { z } from '@aec/config';

/** A body that fails its shared schema: 400 with each field's French messages, for the site to show beside the field. */
export function refuseInvalid(error: z.ZodError): never {
  throw new errors.ValidationError('Données invalides', {
    reason: 'invalid',
    fields: z.flattenError(error).fieldErrors,
    issues: error.issues,
  });
}

/** A document write refused with the reason beside its field, in the admin's edit view. */
export function refuseField(field: string, message: string): never {
  throw new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });
}

/**
 * A 403 whose reason the site reads (« compte désactivé », a refused preview link). Written to
 * the context, not thrown: Strapi replaces a thrown ForbiddenError's details with its own.
 */
export function forbid(ctx: { status: number; body: unknown }, message: string, reason: string): void {
  ctx.status = 403;
  ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message, details: { reason } } };
}
