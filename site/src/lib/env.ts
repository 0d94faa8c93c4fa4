/** The site's environment, read at run time from process.env and checked once with the shared schema. */
import { parseEnv, siteEnvSchema, type SiteEnv } from '@aec/config';

let parsed: SiteEnv | undefined;

export function siteEnv(): SiteEnv {
  parsed ??= parseEnv(siteEnvSchema, process.env);
  return parsed;
}
