/**
 * The environment's schema, shared by Strapi (cms) and Astro (site).
 * Each side parses the part it needs once, at start-up, and stops with a message
 * that names the variable and says what is wrong.
 */
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'doit valoir true ou false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce
  .number({ error: 'doit être un numéro de port' })
  .int('doit être un nombre entier')
  .min(1, 'doit être entre 1 et 65535')
  .max(65535, 'doit être entre 1 et 65535');

const count = z.coerce
  .number({ error: 'doit être un nombre entier' })
  .int('doit être un nombre entier')
  .min(0, 'doit être positif ou nul');

const url = z.string().url('doit être une URL complète, par exemple https://www.exemple.fr');

const secretList = z.string().min(1, 'ne doit pas être vide');

const nodeEnv = z.enum(['development', 'production', 'test']).default('development');

/** What the Strapi server reads. */
export const cmsEnvSchema = z
  .object({
    NODE_ENV: nodeEnv,
    HOST: z.string().default('127.0.0.1'),
    PORT: port.default(1337),
    /** The public URL of the Strapi server (admin panel, uploads). */
    CMS_URL: url.default('http://127.0.0.1:1337'),
    /** The public URL of the Astro site: links in mails point there. */
    SITE_URL: url.default('http://localhost:4321'),

    /** PostgreSQL (the only engine; `npm start` and the tests start a local one when it is not set). */
    DATABASE_URL: z.string().optional(),
    /** PostgreSQL by parts, when DATABASE_URL is not given. */
    DATABASE_HOST: z.string().default('127.0.0.1'),
    DATABASE_PORT: port.default(5432),
    DATABASE_NAME: z.string().default('aec'),
    DATABASE_USERNAME: z.string().default('postgres'),
    DATABASE_PASSWORD: z.string().default(''),
    DATABASE_SSL: bool.default(false),
    DATABASE_SSL_REJECT_UNAUTHORIZED: bool.default(true),
    DATABASE_POOL_MIN: count.default(0),
    DATABASE_POOL_MAX: count.default(10),
    /** Milliseconds to wait for a free connection before a request fails. */
    DATABASE_CONNECTION_TIMEOUT: count.default(60000),
    /**
     * PostgreSQL's cost of reading a row through an index, set on each connection: 1.1 for a
     * database in memory or on an SSD. `off` sends nothing and leaves the server's own setting
     * (PgBouncer may refuse startup options); empty means unset, like every variable here.
     */
    DATABASE_RANDOM_PAGE_COST: z
      .union([
        z.literal('off'),
        z.coerce
          .number({ error: 'doit être un nombre, par exemple 1.1' })
          .positive('doit être un nombre positif, par exemple 1.1'),
      ])
      .default(1.1),

    SMTP_HOST: z.string().default('127.0.0.1'),
    SMTP_PORT: port.default(1025),
    SMTP_SECURE: bool.default(false),
    SMTP_USERNAME: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    MAIL_FROM: z.string().email('doit être une adresse e-mail').default('ne-pas-repondre@assoetudeceramique.org'),

    APP_KEYS: secretList,
    API_TOKEN_SALT: secretList,
    ADMIN_JWT_SECRET: secretList,
    TRANSFER_TOKEN_SALT: secretList,
    JWT_SECRET: secretList,
    ENCRYPTION_KEY: secretList,

    /** Creates demo members, fiches and pages in an empty database. Never in production. */
    DEMO_DATA: bool.optional(),
    /** Set when Strapi runs behind a reverse proxy that overwrites X-Forwarded-For. */
    TRUST_PROXY: bool.default(false),
    /** Shared with the site: lets it pass the visitor's address for rate limiting. */
    INTERNAL_API_SECRET: z.string().min(16, 'doit compter au moins 16 caractères').optional(),
    /** Limits on login and password attempts; only ever turned off for load tests. */
    AUTH_RATELIMIT_ENABLED: bool.default(true),
    /** Adds a Server-Timing header with the database queries of each request: for the benchmark only. */
    MEASURE: bool.default(false),
    /**
     * A log line for every request. Off by default in production, where the HTTPS proxy keeps the
     * access log and most requests are the site's own calls; without the line, the benchmark's
     * floor (a page calling Strapi once, no database) served about a third more (alternated runs,
     * docs/performance.md). Errors are always logged.
     */
    LOG_REQUESTS: bool.optional(),
    /** Mails sent per second at most by each instance: what a small SMTP relay accepts without blacklisting the sender. */
    MAIL_PER_SECOND: count.default(10),
    /** Waits between tries of a mail that could not be sent, in ms, e.g. "60000,300000" (fault scripts shorten them). */
    MAIL_RETRY_DELAYS_MS: z
      .string()
      .regex(/^\d+(,\d+)*$/, 'une liste de durées en millisecondes séparées par des virgules')
      .transform((value) => value.split(',').map(Number))
      .optional(),
    /**
     * When the reminders run, as a cron expression in the association's time zone; by default
     * every day at the association's hour. The two-instance test runs it every minute.
     */
    REMINDERS_SCHEDULE: z
      .string()
      .regex(/^\S+( \S+){4,5}$/, 'une expression cron, par exemple « 0 9 * * * » pour 9 h chaque jour')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.DEMO_DATA === true) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEMO_DATA'],
        message: 'les données de démonstration sont interdites en production',
      });
    }
  })
  .transform((env) => ({
    ...env,
    demoData: env.DEMO_DATA ?? env.NODE_ENV === 'development',
    logRequests: env.LOG_REQUESTS ?? env.NODE_ENV !== 'production',
  }));

/** What the Astro server reads at run time. */
export const siteEnvSchema = z.object({
  NODE_ENV: nodeEnv,
  /** How the site reaches Strapi (often a private address). */
  STRAPI_URL: url.default('http://127.0.0.1:1337'),
  /** The public URL of the site, used in canonical links. */
  SITE_URL: url.default('http://localhost:4321'),
  /** Milliseconds before a Strapi call is abandoned and the calm error page shown. */
  STRAPI_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  /** Set when the site runs behind a reverse proxy that overwrites X-Forwarded-For. */
  TRUST_PROXY: bool.default(false),
  /** Shared with Strapi: authenticates the visitor's address the site passes on. */
  INTERNAL_API_SECRET: z.string().min(16, 'doit compter au moins 16 caractères').optional(),
  /**
   * How long public content (navigation, home page, lists) is kept, in seconds: a publication
   * shows within that time. 0 keeps nothing. A member's own pages are never kept.
   */
  PUBLIC_CACHE_SECONDS: z.coerce
    .number({ error: 'doit être un nombre de secondes, par exemple 15' })
    .int('doit être un nombre entier de secondes')
    .min(0, 'doit être positif ou nul')
    .default(15),
  /** The public URL of the Strapi admin panel: the only page allowed to show a draft preview in a frame. */
  CMS_URL: url.default('http://127.0.0.1:1337'),
  /** Adds Server-Timing headers (Strapi calls and database queries per page): for the benchmark only. */
  MEASURE: bool.default(false),
  /**
   * Where the site keeps its sessions (a visitor's unfinished forms) when REDIS_URL is not set: a
   * folder, which several site processes share only on one machine.
   */
  SESSION_DIR: z.string().min(1).default('.data/sessions'),
  /** A Redis server for the site's sessions, shared by site processes on several machines. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'doit être une adresse redis://, par exemple redis://127.0.0.1:6379')
    .optional(),
});

export type CmsEnv = z.output<typeof cmsEnvSchema>;
export type SiteEnv = z.output<typeof siteEnvSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses `source` (usually `process.env`) with `schema`; throws an EnvError naming every bad variable. */
export function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.output<S> {
  // An empty variable means "not set", as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data as z.output<S>;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environnement)';
    const received = source[String(issue.path[0])];
    // Never print a secret or a connection string back into a log.
    const secret = /SECRET|KEY|SALT|PASSWORD|DATABASE_URL/.test(name);
    const shown = received === undefined ? 'absente' : secret ? 'valeur masquée' : `reçu « ${received} »`;
    const message = issue.code === 'invalid_type' && received === undefined ? 'est obligatoire' : issue.message;
    return `${name} ${message} (${shown})`;
  });
  throw new EnvError(problems);
}
