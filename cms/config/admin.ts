import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';

const config = (): Core.Config.Admin => {
  const settings = cmsEnv();
  return {
    auth: { secret: settings.ADMIN_JWT_SECRET },
    apiToken: { salt: settings.API_TOKEN_SALT },
    transfer: { token: { salt: settings.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: settings.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false, docLinks: true },
  };
};

export default config;
