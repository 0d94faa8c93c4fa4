/**
 * The cms environment, parsed once with the shared schema from config/.
 * A bad variable stops Strapi at start-up with a message naming it.
 */
import { cmsEnvSchema, parseEnv, type CmsEnv } from '@aec/config';

let parsed: CmsEnv | undefined;

export function cmsEnv(): CmsEnv {
  parsed ??= parseEnv(cmsEnvSchema, process.env);
  return parsed;
}

/** Tests change the environment between Strapi instances. */
export function resetCmsEnv(): void {
  parsed = undefined;
}
