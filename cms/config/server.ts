import type { Core } from '@strapi/strapi';
import { addDays, association, todayIn } from '@aec/config';
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
    // The dues reminders, once a day at the association's hour, in its time zone (not in tests: they move the clock).
    cron: {
      enabled: settings.NODE_ENV !== 'test',
      tasks: {
        relances: {
          task: async ({ strapi }: { strapi: Core.Strapi }) => {
            const service = strapi.service('api::reminder.reminder') as unknown as {
              run: (day: string) => Promise<number>;
              refreshPlan: (day: string) => Promise<number>;
            };
            const today = todayIn(association.reminders.timezone);
            await service.run(today);
            // Then tomorrow's dry run, for volunteers to check ("Relance prévue demain").
            await service.refreshPlan(addDays(today, 1));
          },
          options: { rule: `0 ${association.reminders.hour} * * *`, tz: association.reminders.timezone },
        },
      },
    },
  };
};

export default config;
