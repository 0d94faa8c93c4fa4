/**
 * The admin's inputs as a French treasurer writes: « Montant en euros » (a custom field kept in
 * cents) and every date field typed as jj/mm/aaaa, replacing Strapi's date picker.
 */
import type { ComponentType } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PriceTag } from '@strapi/icons';
import { DateInput } from './DateInput';
import { texts } from './texts.fr';

const PLUGIN_NAME = 'french-inputs';

// Strapi types these inputs without props, though it passes the field's (name, label, hint…).
const withoutProps = (component: ComponentType<never>) => component as ComponentType;

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_NAME, name: texts.name });
    app.customFields.register({
      name: 'euros',
      pluginId: PLUGIN_NAME,
      type: 'integer',
      icon: PriceTag,
      intlLabel: { id: `${PLUGIN_NAME}.euros.label`, defaultMessage: texts.eurosName },
      intlDescription: { id: `${PLUGIN_NAME}.euros.description`, defaultMessage: texts.eurosDescription },
      components: { Input: async () => ({ default: withoutProps((await import('./EurosInput')).EurosInput) }) },
    });
    // Documented as the fields API: a field type the content manager renders with our input.
    app.addFields({ type: 'date', Component: withoutProps(DateInput) });
  },
};
