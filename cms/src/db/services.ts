/**
 * Our services by uid, typed from their own factories: Strapi's `strapi.service()` knows only
 * its generic shape, so the one cast lives here instead of at every call.
 */
import type { Core } from '@strapi/strapi';
import type associationSettingService from '../api/association-setting/services/association-setting';
import type authTokenService from '../api/auth-token/services/auth-token';
import type erasureRequestService from '../api/erasure-request/services/erasure-request';
import type listingService from '../api/fiche/services/listing';
import type searchService from '../api/fiche/services/search';
import type meFichesService from '../api/me/services/fiches';
import type meService from '../api/me/services/me';
import type memberImportService from '../api/member-import/services/member-import';
import type memberProfileService from '../api/member-profile/services/member-profile';
import type membershipService from '../api/membership/services/membership';
import type reminderService from '../api/reminder/services/reminder';

interface OurServices {
  'api::association-setting.association-setting': ReturnType<typeof associationSettingService>;
  'api::auth-token.auth-token': ReturnType<typeof authTokenService>;
  'api::erasure-request.erasure-request': ReturnType<typeof erasureRequestService>;
  'api::fiche.listing': ReturnType<typeof listingService>;
  'api::fiche.search': ReturnType<typeof searchService>;
  'api::me.fiches': ReturnType<typeof meFichesService>;
  'api::me.me': ReturnType<typeof meService>;
  'api::member-import.member-import': ReturnType<typeof memberImportService>;
  'api::member-profile.member-profile': ReturnType<typeof memberProfileService>;
  'api::membership.membership': ReturnType<typeof membershipService>;
  'api::reminder.reminder': ReturnType<typeof reminderService>;
}

export function serviceOf<Uid extends keyof OurServices>(strapi: Core.Strapi, uid: Uid): OurServices[Uid] {
  return strapi.service(uid) as unknown as OurServices[Uid];
}
