import { factories } from '@strapi/strapi';
import { association, transferReference } from '@aec/config';
import { uids } from '../../../db';
import { takeNumbers } from '../../../db/counters';

export default factories.createCoreService(uids.memberProfile, ({ strapi }) => {
  /** The largest number stored (committed); takeNumbers also knows those handed out but not yet saved. */
  const stored = async () => {
    const last = await strapi.db
      .query(uids.memberProfile)
      .findOne({ select: ['membershipNumber'], orderBy: { membershipNumber: 'desc' } });
    return Number(last?.membershipNumber ?? 0);
  };
  return {
    /** The next membership number and the personal transfer reference that goes with it, never given twice. */
    async nextIdentifiers(joinedOn: string): Promise<{ membershipNumber: number; transferReference: string }> {
      const [membershipNumber] = await takeNumbers(strapi, 1, 0, stored);
      const year = Number(joinedOn.slice(0, 4));
      return {
        membershipNumber: membershipNumber!,
        transferReference: transferReference(association.dues.transferReferencePrefix, year, membershipNumber!),
      };
    },

    /** `count` consecutive new membership numbers at once, for an import (above the numbers its file gives). */
    reserveNumbers(count: number, above = 0): Promise<number[]> {
      return takeNumbers(strapi, count, above, stored);
    },
  };
});
