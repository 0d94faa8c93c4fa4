import type { Schema, Struct } from '@strapi/strapi';

export interface SettingsOtherDues extends Struct.ComponentSchema {
  collectionName: 'components_settings_other_dues';
  info: {
    description: 'Une cotisation de plus : membre bienfaiteur, \u00E9tudiant\u2026';
    displayName: 'Autre cotisation';
    icon: 'coin';
  };
  attributes: {
    amountCents: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::french-inputs.euros'> &
      Schema.Attribute.SetMinMax<
        {
          min: 100;
        },
        number
      >;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
  };
}

export interface SettingsReminderStep extends Struct.ComponentSchema {
  collectionName: 'components_settings_reminder_steps';
  info: {
    description: "Un jour de relance : avant l'\u00E9ch\u00E9ance (-30), le jour m\u00EAme (0) ou apr\u00E8s (30).";
    displayName: 'Relance';
    icon: 'bell';
  };
  attributes: {
    offsetDays: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 365;
          min: -365;
        },
        number
      >;
  };
}

export interface SharedAddress extends Struct.ComponentSchema {
  collectionName: 'components_shared_addresses';
  info: {
    description: "Adresse postale d'un membre";
    displayName: 'Adresse';
    icon: 'house';
  };
  attributes: {
    city: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    country: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }> &
      Schema.Attribute.DefaultTo<'France'>;
    line1: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    line2: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    line3: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    postalCode: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 12;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'settings.other-dues': SettingsOtherDues;
      'settings.reminder-step': SettingsReminderStep;
      'shared.address': SharedAddress;
    }
  }
}
