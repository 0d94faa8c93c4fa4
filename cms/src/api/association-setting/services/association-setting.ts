/**
 * The association's settings as the code uses them: read from the single type at each use (a
 * change shows at once, on every instance), with the defaults written at the first start.
 */
import { factories } from '@strapi/strapi';
import { associationSettingsSchema, defaultSettings, reminderStepAt, type AssociationSettings } from '@aec/config';
import { uids } from '../../../db';

interface Row {
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
}

export function rowOf(settings: AssociationSettings) {
  return {
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

function settingsOf(row: Row): AssociationSettings {
  const days = [...new Set((row.reminderSteps ?? []).map((step) => step.offsetDays))].sort((a, b) => a - b);
  return associationSettingsSchema.parse({
    // Settings saved before the calendar was editable have none: the first start's.
    reminderSteps: days.length > 0 ? days.map(reminderStepAt) : defaultSettings.reminderSteps,
    membershipEmail: row.membershipEmail,
    chequeAddress: {
      lines: row.chequeAddressLines
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
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
  async current(): Promise<AssociationSettings> {
    const row = (await strapi.db
      .query(uids.associationSetting)
      .findOne({ populate: { otherDues: true, reminderSteps: true } })) as Row | null;
    return row ? settingsOf(row) : defaultSettings;
  },

  /** At every start: the first one writes the defaults, later ones leave the volunteers' values. */
  async ensure(): Promise<void> {
    const existing = await strapi.db.query(uids.associationSetting).count();
    if (existing === 0) await strapi.documents(uids.associationSetting).create({ data: rowOf(defaultSettings) });
  },
}));
