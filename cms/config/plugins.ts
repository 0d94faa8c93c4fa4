import type { Core } from '@strapi/strapi';
import { association } from '@aec/config';
import { cmsEnv } from '../src/env';

const allowedMediaTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const settings = cmsEnv();
  return {
    'users-permissions': {
      config: {
        jwtSecret: settings.JWT_SECRET,
        // Rotating refresh sessions: the site keeps the refresh token in its own httpOnly cookie.
        jwtManagement: 'refresh',
        sessions: { httpOnly: false },
        register: { allowedFields: [] },
        ratelimit: env.bool('AUTH_RATELIMIT_ENABLED', true) ? { interval: 60_000, max: 10 } : { enabled: false },
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
        },
        settings: {
          defaultFrom: `"${association.name}" <${settings.MAIL_FROM}>`,
          defaultReplyTo: association.contactEmail,
        },
      },
    },
    upload: {
      config: {
        sizeLimit: 10 * 1024 * 1024,
        security: { allowedTypes: allowedMediaTypes, deniedTypes: ['image/svg+xml'] },
      },
    },
  };
};

export default config;
