/**
 * The site's pages that mails (and users-permissions' settings) point to, in one place: the
 * French URLs live in site/src/pages, and a renamed page is changed here once.
 */
import { cmsEnv } from '../env';

export function siteLinks(site: string = cmsEnv().SITE_URL) {
  return {
    login: `${site}/connexion`,
    forgotPassword: `${site}/mot-de-passe-oublie`,
    resetPasswordPage: `${site}/reinitialiser-mot-de-passe`,
    /** A single-use link to choose a password; `firstLogin` for a member who never had one. */
    resetPassword: (token: string, options: { firstLogin?: boolean } = {}) =>
      `${site}/reinitialiser-mot-de-passe?code=${encodeURIComponent(token)}${options.firstLogin ? '&premiere=1' : ''}`,
  };
}
