/**
 * The admin panel in French for the association's volunteers and editors: French is offered,
 * and chosen for every demo account (each person can still switch in their profile).
 * A choice shows as words (« Chèque », « Déclaré »), not as its stored value: in every list through
 * the list hook below, and in the edit view's menus through translations, since the menu names
 * each option it has no label for by the message whose id is the value. In lists, a yes-or-no
 * field reads « Oui » or « Non » (Strapi writes « Activé », « Désactivé »: « Virement déclaré :
 * Activé » puzzled a treasurer). An amount reads « 40,00 € », never the cents it is kept in.
 */
import type { ReactNode } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { Typography } from '@strapi/design-system';
import { formatEuros } from '@aec/config/dues';
import { enumLabel, enumLabels } from './enum-labels.fr';
import { booleanLabels, translationsFr } from './translations.fr';
import { YesNoFilterInput, yesNoOptions } from './yes-no-filter';

/** The part of a list column the hook below reads and sets. */
interface ListColumn {
  name: string;
  attribute?: { type?: string; customField?: string };
  cellFormatter?: (row: Record<string, unknown>) => ReactNode;
}

/** A word in a list cell, in the same type as Strapi's own cells (a bare string would be smaller). */
const cell = (text: string) => <Typography textColor="neutral800">{text}</Typography>;

function formatterFor(column: ListColumn): ListColumn['cellFormatter'] {
  if (column.attribute?.customField === 'plugin::french-inputs.euros')
    return (row) => {
      const cents = row[column.name];
      return cell(typeof cents === 'number' ? formatEuros(cents) : '-');
    };
  if (column.attribute?.type === 'enumeration') return (row) => cell(enumLabel(row[column.name]));
  if (column.attribute?.type === 'boolean')
    return (row) => {
      const value = row[column.name];
      return cell(typeof value === 'boolean' ? booleanLabels[`${value}`] : '-');
    };
  return undefined;
}

/**
 * Strapi 5.54 greets everyone with « La médiathèque a changé » until each person closes it, on
 * each browser; nothing changed for our volunteers. Its closed state lives in localStorage under
 * a key of Strapi's own (legacy-library flag, then the project's uuid, which ours leaves unset):
 * written here before the first screen. The Chromium journey checks the banner never shows.
 */
function dismissMediaLibraryBanner(): void {
  for (const legacy of [true, false])
    window.localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:false`, 'true');
}

export default {
  config: {
    locales: ['fr'],
    translations: { fr: translationsFr, en: enumLabels },
  },
  // Called once every plugin has registered its widgets: « Ce qui vous attend » first; the
  // project's statistics (content types, webhooks, API tokens) are the technician's, not a volunteer's.
  register(app: Pick<StrapiApp, 'widgets'>) {
    app.widgets.register((widgets) => [
      ...widgets.filter((widget) => widget.pluginId === 'waiting'),
      ...widgets.filter((widget) => widget.pluginId !== 'waiting' && widget.id !== 'key-statistics'),
    ]);
  },
  bootstrap(app: Pick<StrapiApp, 'registerHook'>) {
    dismissMediaLibraryBanner();
    app.registerHook(
      'Admin/CM/pages/ListView/inject-in-filters',
      ({ displayedFilters, layout }: { displayedFilters: Array<{ type?: string }>; layout: unknown }) => ({
        layout,
        displayedFilters: displayedFilters.map((filter) =>
          filter.type === 'boolean' ? { ...filter, input: YesNoFilterInput, options: yesNoOptions } : filter,
        ),
      }),
    );
    app.registerHook(
      'Admin/CM/pages/ListView/inject-column-in-table',
      ({ displayedHeaders, layout }: { displayedHeaders: ListColumn[]; layout: unknown }) => ({
        layout,
        displayedHeaders: displayedHeaders.map((column) => {
          const cellFormatter = formatterFor(column);
          return cellFormatter ? { ...column, cellFormatter } : column;
        }),
      }),
    );
  },
};
