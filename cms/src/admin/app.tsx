/**
 * The admin panel in French for the association's volunteers and editors: French is offered,
 * and chosen for every demo account (each person can still switch in their profile).
 * One page of our own: "Export et import des membres", for roles holding its permission.
 * A choice shows as words (« Chèque », « Déclaré »), not as its stored value: in every list through
 * the list hook below, and in the edit view's menus through translations, since the menu names
 * each option it has no label for by the message whose id is the value.
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { FileCsv } from '@strapi/icons';
import { enumLabel, enumLabels } from './enum-labels.fr';
import { texts } from './members-csv/texts.fr';

/** The part of a list column the hook below reads and sets. */
interface ListColumn {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: (row: Record<string, unknown>) => string;
}

export default {
  config: {
    locales: ['fr'],
    translations: { fr: enumLabels, en: enumLabels },
  },
  register(app: StrapiApp) {
    app.addMenuLink({
      to: 'membres-csv',
      icon: FileCsv,
      intlLabel: { id: 'aec.members-csv.menu', defaultMessage: texts.menu },
      permissions: [{ action: 'api::members-csv.manage', subject: null }],
      Component: () => import('./members-csv/MembersCsvPage'),
    });
  },
  bootstrap(app: Pick<StrapiApp, 'registerHook'>) {
    app.registerHook(
      'Admin/CM/pages/ListView/inject-column-in-table',
      ({ displayedHeaders, layout }: { displayedHeaders: ListColumn[]; layout: unknown }) => ({
        layout,
        displayedHeaders: displayedHeaders.map((column) =>
          column.attribute?.type === 'enumeration'
            ? { ...column, cellFormatter: (row: Record<string, unknown>) => enumLabel(row[column.name]) }
            : column,
        ),
      }),
    );
  },
};
