import type { Core } from '@strapi/strapi';
import { association, DENIED_UPLOAD_TYPES, SERVED_UPLOAD_TYPES } from '@aec/config';
import { cmsEnv } from '../src/env';

const HOUR = 60 * 60;
const DAY = 24 * HOUR;

const config = (): Core.Config.Plugin => {
  const settings = cmsEnv();
  return {
    'users-permissions': {
      config: {
        jwtSecret: settings.JWT_SECRET,
        // Rotating refresh sessions: the site keeps the tokens in its own httpOnly cookies.
        jwtManagement: 'refresh',
        sessions: {
          httpOnly: false,
          accessTokenLifespan: 10 * 60,
          // "Se souvenir de moi": 30 days.
          maxRefreshTokenLifespan: 30 * DAY,
          idleRefreshTokenLifespan: 30 * DAY,
          // Otherwise: 2 hours without activity, one day at most.
          idleSessionLifespan: 2 * HOUR,
          maxSessionLifespan: DAY,
        },
        register: { allowedFields: [] },
        // Our own limiter (extensions/users-permissions/rate-limit.ts) counts per address and per account.
        ratelimit: { enabled: false },
      },
    },
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host: settings.SMTP_HOST,
          port: settings.SMTP_PORT,
          secure: settings.SMTP_SECURE,
          // The local inbox speaks plain SMTP; a real server negotiates STARTTLS.
          ignoreTLS: settings.SMTP_HOST === '127.0.0.1' || settings.SMTP_HOST === 'localhost',
          ...(settings.SMTP_USERNAME ? { auth: { user: settings.SMTP_USERNAME, pass: settings.SMTP_PASSWORD } } : {}),
          connectionTimeout: 10_000,
          // One connection kept open and reused: a mailing does not open one per mail.
          pool: true,
          maxConnections: 1,
        },
        settings: {
          defaultFrom: `"${association.name}" <${settings.MAIL_FROM}>`,
          defaultReplyTo: association.contactEmail,
        },
      },
    },
    // The volunteers' "Export et import des membres" page.
    'members-csv': { enabled: true, resolve: './src/plugins/members-csv' },
    // « Courriels »: where each mail stands, for the staff.
    mails: { enabled: true, resolve: './src/plugins/mails' },
    // « Ce qui vous attend », the admin's home page.
    waiting: { enabled: true, resolve: './src/plugins/waiting' },
    // « Enregistrer un paiement »: the period and amount proposed once the member is chosen.
    payments: { enabled: true, resolve: './src/plugins/payments' },
    // Amounts typed and read in euros (kept in cents), dates typed as jj/mm/aaaa that are never lost.
    'french-inputs': { enabled: true, resolve: './src/plugins/french-inputs' },
    upload: {
      config: {
        sizeLimit: 10 * 1024 * 1024,
        // For everyone, the admin panel included: pictures only (members' go through uploads/member-image.ts).
        security: { allowedTypes: [...new Set(Object.values(SERVED_UPLOAD_TYPES))], deniedTypes: DENIED_UPLOAD_TYPES },
      },
    },
  };
};

export default config;
