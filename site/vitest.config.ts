import { getViteConfig } from 'astro/config';
import type { ViteUserConfig } from 'vitest/config';

// Unit and Container API tests: the same Vite pipeline as the site itself.
const config: ViteUserConfig = { test: { include: ['tests/**/*.test.ts'] } };

export default getViteConfig(config as Parameters<typeof getViteConfig>[0]);
