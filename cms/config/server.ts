import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  const settings = cmsEnv();
  return {
    host: settings.HOST,
    port: settings.PORT,
    url: settings.CMS_URL,
    app: { keys: settings.APP_KEYS.split(',') },
    // Behind a reverse proxy only: otherwise X-Forwarded-For could be forged to dodge rate limits.
    proxy: { koa: settings.TRUST_PROXY },
    webhooks: { populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false) },
  };
};

export default config;
