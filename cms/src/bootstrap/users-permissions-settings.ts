/**
 * users-permissions keeps its settings in the database; we set the ones that matter from code
 * so that a fresh install is safe: no self-registration, no confirmation mails, reset links
 * pointing to the site, mails in French from the association.
 */
import type { Core } from '@strapi/strapi';
import { theAssociation } from '@aec/config';
import { serviceOf, uids } from '../db';
import { cmsEnv } from '../env';
import { siteLinks } from '../mail/site-links';

interface AdvancedSettings {
  unique_email: boolean;
  allow_register: boolean;
  email_confirmation: boolean;
  email_reset_password: string | null;
  email_confirmation_redirection: string | null;
  default_role: string;
}

interface EmailTemplate {
  display: string;
  icon: string;
  options: { from: { name: string; email: string }; response_email: string; object: string; message: string };
}

export async function applyUsersPermissionsSettings(strapi: Core.Strapi): Promise<void> {
  const env = cmsEnv();
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });

  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Partial<AdvancedSettings>;
  await store.set({
    key: 'advanced',
    value: {
      ...advanced,
      unique_email: true,
      allow_register: false,
      email_confirmation: false,
      email_reset_password: siteLinks(env.SITE_URL).resetPasswordPage,
      default_role: 'authenticated',
    },
  });

  const templates = ((await store.get({ key: 'email' })) ?? {}) as Record<string, EmailTemplate>;
  const association = await serviceOf(strapi, uids.associationSetting).identity();
  const from = { name: association.name, email: env.MAIL_FROM };
  if (templates.reset_password) {
    templates.reset_password.options = {
      ...templates.reset_password.options,
      from,
      response_email: association.contactEmail,
      object: 'Réinitialiser votre mot de passe',
      message: [
        '<p>Bonjour,</p>',
        `<p>Vous avez demandé à choisir un nouveau mot de passe pour votre compte sur le site de ${theAssociation(association.shortName)}.</p>`,
        '<p><a href="<%= URL %>?code=<%= TOKEN %>">Cliquez ici pour choisir votre nouveau mot de passe</a>.</p>',
        `<p>Si vous n’êtes pas à l’origine de cette demande, ignorez ce message. Une question : ${association.contactEmail}</p>`,
      ].join('\n'),
    };
  }
  if (templates.email_confirmation)
    templates.email_confirmation.options = { ...templates.email_confirmation.options, from };
  await store.set({ key: 'email', value: templates });
}
