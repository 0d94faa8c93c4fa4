import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';
import { previewTypeOf, previewUrl } from '../src/utils/preview-link';

interface AdminRequest {
  state?: { userAbility?: { can: (action: string, subject: string) => boolean } };
}

/** Whether the admin of the current request may read entries of this type in the Content Manager. */
function mayRead(uid: string): boolean {
  const strapi = (globalThis as unknown as { strapi: Core.Strapi }).strapi;
  const ctx = strapi.requestContext.get() as AdminRequest | undefined;
  return ctx?.state?.userAbility?.can('plugin::content-manager.explorer.read', uid) ?? false;
}

const config = (): Core.Config.Admin => {
  const settings = cmsEnv();
  return {
    auth: { secret: settings.ADMIN_JWT_SECRET },
    // Replaced by middlewares/admin-guard.ts (login, forgotten and reset passwords), which limits
    // per address, per account and per both; Strapi's own counts per address and e-mail together only.
    rateLimit: { enabled: false },
    apiToken: { salt: settings.API_TOKEN_SALT },
    transfer: { token: { salt: settings.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: settings.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false, docLinks: true },
    // "Aperçu" in the Content Manager: a draft page or article, on the site, by a signed link.
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [new URL(settings.SITE_URL).origin],
        // Strapi gives a link to any admin who asks: only one who may read the type gets one.
        async handler(uid: string, { documentId }: { documentId: string }) {
          const type = previewTypeOf(uid);
          return type && mayRead(uid) ? previewUrl(type, documentId) : null;
        },
      },
    },
  };
};

export default config;
