import { factories } from '@strapi/strapi';
import { association, transferReference } from '@aec/config';
import { uids } from '../../../db';

/**
 * The highest number handed out by this process. Strapi's `unique` is checked by the
 * application, not by the database, and a profile may be created inside a transaction that
 * has not committed yet: reading the largest stored number is not enough when members join
 * at the same moment. (One Strapi process; a second one would need a database sequence.)
 */
let highestGiven = 0;

export default factories.createCoreService(uids.memberProfile, ({ strapi }) => ({
  /** The next membership number and the personal transfer reference that goes with it, never given twice. */
  async nextIdentifiers(joinedOn: string): Promise<{ membershipNumber: number; transferReference: string }> {
    const last = await strapi.db
      .query(uids.memberProfile)
      .findOne({ select: ['membershipNumber'], orderBy: { membershipNumber: 'desc' } });
    // No await between reading highestGiven and raising it: concurrent callers get distinct numbers.
    const membershipNumber = Math.max(Number(last?.membershipNumber ?? 0), highestGiven) + 1;
    highestGiven = membershipNumber;
    const year = Number(joinedOn.slice(0, 4));
    return {
      membershipNumber,
      transferReference: transferReference(association.dues.transferReferencePrefix, year, membershipNumber),
    };
  },

  /** `count` consecutive new membership numbers at once, for an import (above the numbers its file gives). */
  async reserveNumbers(count: number, above = 0): Promise<number[]> {
    // Numbers the file gives are taken too, even when it leaves none to hand out.
    highestGiven = Math.max(highestGiven, above);
    if (count <= 0) return [];
    const last = await strapi.db
      .query(uids.memberProfile)
      .findOne({ select: ['membershipNumber'], orderBy: { membershipNumber: 'desc' } });
    const first = Math.max(Number(last?.membershipNumber ?? 0), highestGiven, above) + 1;
    highestGiven = first + count - 1;
    return Array.from({ length: count }, (_, i) => first + i);
  },
}));
