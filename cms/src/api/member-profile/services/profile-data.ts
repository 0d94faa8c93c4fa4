import type { MemberRecord } from '@aec/config';

/**
 * A member record (steps 1 and 2) as the member-profile's fields: what a member may write,
 * and nothing else (no dues, no number, no account). Shared by joining and updating.
 */
export function profileData(record: Pick<MemberRecord, 'identifiers' | 'address'>) {
  const { identifiers, address } = record;
  return {
    civility: identifiers.civility,
    firstName: identifiers.firstName,
    lastName: identifiers.lastName,
    phone: identifiers.phone ?? '',
    mobilePhone: identifiers.mobilePhone ?? '',
    address: {
      line1: address.line1,
      line2: address.line2 ?? '',
      line3: address.line3 ?? '',
      postalCode: address.postalCode,
      city: address.city,
      country: address.country,
    },
  };
}
