/**
 * Every new member profile gets a membership number and a personal transfer reference,
 * whether it is created by the demo seed, an import or a volunteer in the admin panel.
 */
import type { Core } from '@strapi/strapi';
import { todayIn, association } from '@aec/config';
import { uids } from '../../../db';

export function registerAssignIdentifiers(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uids.memberProfile || context.action !== 'create') return next();
    const params = context.params as { data?: Record<string, unknown> };
    const data = (params.data ??= {});
    data.joinedOn ??= todayIn(association.reminders.timezone);
    if (data.membershipNumber == null || data.transferReference == null) {
      const ids = await strapi.service(uids.memberProfile).nextIdentifiers(String(data.joinedOn));
      data.membershipNumber ??= ids.membershipNumber;
      data.transferReference ??= ids.transferReference;
    }
    return next();
  });
}
