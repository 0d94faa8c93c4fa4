/**
 * The association's settings as the code uses them: read from the single type at each use (a
 * change shows at once, on every instance), with the defaults written at the first start.
 */
import { factories } from '@strapi/strapi';
import {
  associationSettingsSchema,
  defaultSettings,
  reminderStepAt,
  type AssociationSettings,
  type Identity,
} from '@aec/config';
import { columnOf, listColumn, tableOf, uids } from '../../../db';

type Row = {
  associationName?: string | null;
  shortName?: string | null;
  /** A string, so that the admin shows « 1992 » and not a formatted number. */
  foundedIn?: string | null;
  tagline?: string | null;
  contactEmail?: string | null;
  officeAddressLines?: string | null;
  officePostalCode?: string | null;
  officeCity?: string | null;
  individualCents: number;
  coupleCents: number;
  otherDues?: Array<{ label: string; amountCents: number }> | null;
  amountsAreExample?: boolean | null;
  periodRule: 'calendar-year' | 'twelve-months';
  bankHolder: string;
  iban: string;
  bic: string;
  bankName?: string | null;
  bankIsExample?: boolean | null;
  chequeAddressLines: string;
  chequePostalCode: string;
  chequeCity: string;
  membershipEmail: string;
  reminderSteps?: Array<{ offsetDays: number }> | null;
};

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function rowOf(settings: AssociationSettings) {
  return {
    ...identityRowOf(settings.identity),
    individualCents: settings.dues.individualCents,
    coupleCents: settings.dues.coupleCents,
    otherDues: settings.dues.others,
    amountsAreExample: settings.dues.amountsAreExample,
    periodRule: settings.dues.periodRule,
    bankHolder: settings.bank.holder,
    iban: settings.bank.iban,
    bic: settings.bank.bic,
    bankName: settings.bank.bankName,
    bankIsExample: settings.bank.isExample,
    chequeAddressLines: settings.chequeAddress.lines.join('\n'),
    chequePostalCode: settings.chequeAddress.postalCode,
    chequeCity: settings.chequeAddress.city,
    membershipEmail: settings.membershipEmail,
    reminderSteps: settings.reminderSteps.map(({ offsetDays }) => ({ offsetDays })),
  };
}

/** The single type's own columns, read by name; its lists come as JSON beside them. */
const SCALARS = Object.keys(rowOf(defaultSettings)).filter(
  (field) => field !== 'otherDues' && field !== 'reminderSteps',
);

function identityRowOf(identity: Identity) {
  return {
    associationName: identity.name,
    shortName: identity.shortName,
    foundedIn: String(identity.foundedIn),
    tagline: identity.tagline,
    contactEmail: identity.contactEmail,
    officeAddressLines: identity.office.lines.join('\n'),
    officePostalCode: identity.office.postalCode,
    officeCity: identity.office.city,
  };
}

/** Settings saved before the identity was editable have none: the first start's, field by field. */
function identityOf(row: Row): Identity {
  const fallback = defaultSettings.identity;
  return {
    name: row.associationName || fallback.name,
    shortName: row.shortName || fallback.shortName,
    foundedIn: /^\d{4}$/.test(row.foundedIn ?? '') ? Number(row.foundedIn) : fallback.foundedIn,
    tagline: row.tagline ?? fallback.tagline,
    contactEmail: row.contactEmail || fallback.contactEmail,
    office: row.officeAddressLines
      ? { lines: linesOf(row.officeAddressLines), postalCode: row.officePostalCode ?? '', city: row.officeCity ?? '' }
      : fallback.office,
  };
}

function settingsOf(row: Row): AssociationSettings {
  const days = [...new Set((row.reminderSteps ?? []).map((step) => step.offsetDays))].sort((a, b) => a - b);
  return associationSettingsSchema.parse({
    identity: identityOf(row),
    // Settings saved before the calendar was editable have none: the first start's.
    reminderSteps: days.length > 0 ? days.map(reminderStepAt) : defaultSettings.reminderSteps,
    membershipEmail: row.membershipEmail,
    chequeAddress: {
      lines: linesOf(row.chequeAddressLines),
      postalCode: row.chequePostalCode,
      city: row.chequeCity,
    },
    bank: {
      isExample: Boolean(row.bankIsExample),
      holder: row.bankHolder,
      iban: row.iban,
      bic: row.bic,
      bankName: row.bankName ?? '',
    },
    dues: {
      individualCents: row.individualCents,
      coupleCents: row.coupleCents,
      others: (row.otherDues ?? []).map(({ label, amountCents }) => ({ label, amountCents })),
      amountsAreExample: Boolean(row.amountsAreExample),
      periodRule: row.periodRule,
    },
  });
}

export default factories.createCoreService(uids.associationSetting, ({ strapi }) => ({
  /**
   * In one query, the lists included: every member page reads the settings, and Strapi's
   * populate would make three round trips of it.
   */
  async current(): Promise<AssociationSettings> {
    const knex = strapi.db.connection;
    const owner = { uid: uids.associationSetting, alias: 's' };
    const found = (await knex(`${tableOf(strapi, owner.uid)} as s`)
      .select(
        ...SCALARS.map((field) => knex.ref(`s.${columnOf(strapi, owner.uid, field)}`).as(field)),
        listColumn(strapi, knex, owner, 'otherDues', {
          uid: 'settings.other-dues',
          fields: ['label', 'amountCents'],
        }),
        listColumn(strapi, knex, owner, 'reminderSteps', {
          uid: 'settings.reminder-step',
          fields: ['offsetDays'],
        }),
      )
      .first()) as Record<string, unknown> | undefined;
    return found ? settingsOf(found as Row) : defaultSettings;
  },

  /** Who the association is, for a page footer or a mail: the same one query as the rest. */
  async identity(): Promise<Identity> {
    return (await this.current()).identity;
  },

  /**
   * At every start: the first one writes the defaults, later ones leave the volunteers' values
   * and fill what an older version did not have (the identity), so the admin form saves.
   */
  async ensure(): Promise<void> {
    const existing = (await strapi.db.query(uids.associationSetting).findOne({})) as
      (Row & { documentId: string }) | null;
    if (!existing) await strapi.documents(uids.associationSetting).create({ data: rowOf(defaultSettings) });
    else if (!existing.associationName)
      await strapi.documents(uids.associationSetting).update({
        documentId: existing.documentId,
        data: identityRowOf(defaultSettings.identity),
      });
  },
}));
