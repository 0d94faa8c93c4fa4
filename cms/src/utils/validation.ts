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
