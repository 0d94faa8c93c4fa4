import { factories } from '@strapi/strapi';
import { association, transferReference } from '@aec/config';

const UID = 'api::member-profile.member-profile';

export default factories.createCoreService(UID, ({ strapi }) => ({
  /**
   * The next membership number and the personal transfer reference that goes with it.
   * Both are unique columns: two concurrent creations cannot share a number.
   */
  async nextIdentifiers(joinedOn: string): Promise<{ membershipNumber: number; transferReference: string }> {
    const last = await strapi.db
      .query(UID)
      .findOne({ select: ['membershipNumber'], orderBy: { membershipNumber: 'desc' } });
    const membershipNumber = (last?.membershipNumber ?? 0) + 1;
    const year = Number(joinedOn.slice(0, 4));
    return {
      membershipNumber,
      transferReference: transferReference(association.dues.transferReferencePrefix, year, membershipNumber),
    };
  },
}));
