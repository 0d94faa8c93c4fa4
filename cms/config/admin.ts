import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';
import { previewTypeOf, previewUrl } from '../src/utils/preview-link';

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
        async handler(uid: string, { documentId }: { documentId: string }) {
          const type = previewTypeOf(uid);
          return type ? previewUrl(type, documentId) : null;
        },
      },
    },
  };
};

export default config;
