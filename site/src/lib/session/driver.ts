/**
 * Where Astro keeps the site's sessions (a visitor's unfinished forms), chosen when the site
 * starts rather than when it is built: Redis when REDIS_URL is set, shared by site processes on
 * several machines; else a folder, shared by the processes of one machine. Astro loads this
 * module as its session driver (astro.config.mjs).
 */
import type { SessionDriver } from 'astro';
import { Redis } from 'ioredis';
import fsLite from 'unstorage/drivers/fs-lite';
import { siteEnv } from '../env';

/** An unfinished form is kept this long after its last step. */
const KEEP_SECONDS = 30 * 24 * 60 * 60;

function redisDriver(url: string): SessionDriver {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const key = (id: string) => `aec:sessions:${id}`;
  return {
    getItem: (id) => redis.get(key(id)),
    setItem: async (id, value) => {
      await redis.set(key(id), typeof value === 'string' ? value : JSON.stringify(value), 'EX', KEEP_SECONDS);
    },
    removeItem: async (id) => {
      await redis.del(key(id));
    },
  };
}

function folderDriver(base: string): SessionDriver {
  const folder = fsLite({ base });
  return {
    getItem: async (id) => folder.getItem(id, {}),
    setItem: async (id, value) => {
      await folder.setItem?.(id, typeof value === 'string' ? value : JSON.stringify(value), {});
    },
    removeItem: async (id) => {
      await folder.removeItem?.(id, {});
    },
  };
}

export default function sessionDriver(): SessionDriver {
  const { REDIS_URL, SESSION_DIR } = siteEnv();
  return REDIS_URL ? redisDriver(REDIS_URL) : folderDriver(SESSION_DIR);
}
