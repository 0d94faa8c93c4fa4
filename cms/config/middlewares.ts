import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';

const config: Core.Config.Middlewares = [
  // First, so that it counts every query of the request (benchmark only, MEASURE=true).
  'global::measure',
  // A line per request: in development, or with LOG_REQUESTS=true (see config/src/env.ts).
  ...(cmsEnv().logRequests ? ['strapi::logger'] : []),
  'strapi::errors',
  'strapi::security',
  'global::permissions-policy',
  // The site calls Strapi from its server, never from the browser: no cross-origin API access.
  { name: 'strapi::cors', config: { origin: [] } },
  // Every file under /uploads is a picture typed by its extension, never run (middlewares/served-uploads).
  'global::served-uploads',
  'strapi::query',
  {
    name: 'strapi::body',
    // For all the files of a request (the media library sends one per request): above every
    // route's own limit (10 MB), which answers first, with its French message.
    config: { formidable: { maxFileSize: 20 * 1024 * 1024 } },
  },
  // The files of a multipart body are deleted once answered, whatever the route (middlewares/discard-uploaded-files).
  'global::discard-uploaded-files',
  // The admin login counts failures per account too; admin passwords follow the members' policy.
  'global::admin-guard',
  // A relation field the role may not read answers 403, not 500 (middlewares/relations-access).
  'global::relations-access',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
