/**
 * The admin panel in French for the association's volunteers and editors: French is offered,
 * and chosen for every demo account (each person can still switch in their profile).
 * A choice shows as words (« Chèque », « Déclaré »), not as its stored value: in every list through
 * the list hook below, and in the edit view's menus through translations, since the menu names
 * each option it has no label for by the message whose id is the value. In lists, a yes-or-no
 * field reads « Oui » or « Non » (Strapi writes « Activé », « Désactivé »: « Virement déclaré :
 * Activé » puzzled a treasurer).
 */
import type { ReactNode } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { Typography } from '@strapi/design-system';
import { enumLabel, enumLabels } from './enum-labels.fr';
import { booleanLabels, translationsFr } from './translations.fr';

/** The part of a list column the hook below reads and sets. */
interface ListColumn {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: (row: Record<string, unknown>) => ReactNode;
}

/** A word in a list cell, in the same type as Strapi's own cells (a bare string would be smaller). */
const cell = (text: string) => <Typography textColor="neutral800">{text}</Typography>;

function formatterFor(column: ListColumn): ListColumn['cellFormatter'] {
  if (column.attribute?.type === 'enumeration') return (row) => cell(enumLabel(row[column.name]));
  if (column.attribute?.type === 'boolean')
    return (row) => {
      const value = row[column.name];
      return cell(typeof value === 'boolean' ? booleanLabels[`${value}`] : '-');
    };
  return undefined;
}

export default {
  config: {
    locales: ['fr'],
    translations: { fr: translationsFr, en: enumLabels },
  },
  bootstrap(app: Pick<StrapiApp, 'registerHook'>) {
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
