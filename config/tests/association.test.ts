import { describe, expect, it } from 'vitest';
import {
  association,
  associationSchema,
  defaultSettings,
  isValidBic,
  isValidIban,
  reminderStepAt,
  theAssociation,
} from '../src/index.js';

/*
 * Coherence, not the values themselves: an association adapts its settings without breaking
 * the suite, and a setting that could not work is caught here.
 */
describe('les réglages de l’association', () => {
  it('sont complets et valides (le schéma des réglages les relit)', () => {
    expect(associationSchema.safeParse(association).success).toBe(true);
  });

  it('ont un IBAN bien formé (clé de contrôle ISO 13616)', () => {
    expect(isValidIban(association.bank.iban)).toBe(true);
    expect(isValidBic(association.bank.bic)).toBe(true);
  });

  it('ont des cotisations positives, celle d’un couple au moins égale à celle d’une personne', () => {
    expect(association.dues.individualCents).toBeGreaterThan(0);
    expect(association.dues.coupleCents).toBeGreaterThanOrEqual(association.dues.individualCents);
  });

  it('relancent dans l’ordre du calendrier, chaque étape sous sa propre clé, dans un fuseau horaire connu', () => {
    const offsets = association.reminders.steps.map((step) => step.offsetDays);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    const keys = association.reminders.steps.map((step) => step.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(() => new Intl.DateTimeFormat('fr-FR', { timeZone: association.reminders.timezone })).not.toThrow();
  });
});

describe('les coordonnées bancaires saisies dans « Réglages de l’association »', () => {
  it('refusent un IBAN dont un chiffre a été mal recopié, et un BIC qui n’en est pas un', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isValidIban('fr7630006000011234567890189')).toBe(true);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(isValidIban('FR76')).toBe(false);
    expect(isValidIban('')).toBe(false);
    expect(isValidBic('AGRIFRPP')).toBe(true);
    expect(isValidBic('AGRIFRPPXXX')).toBe(true);
    expect(isValidBic('AGRI')).toBe(false);
  });

  it('partent, au premier démarrage, des valeurs du fichier de l’association', () => {
    expect(defaultSettings.bank.iban).toBe(association.bank.iban);
    expect(defaultSettings.dues.coupleCents).toBe(association.dues.coupleCents);
    expect(defaultSettings.dues.others).toEqual([]);
    // The calendar's steps read back from their days alone, keys and labels unchanged.
    expect(defaultSettings.reminderSteps).toEqual(association.reminders.steps);
    expect(defaultSettings.identity).toMatchObject({
      name: association.name,
      contactEmail: association.contactEmail,
      office: { city: association.postalAddress.city },
    });
  });

  it('nomment chaque jour du calendrier des relances par lui seul', () => {
    expect(reminderStepAt(-30)).toEqual({ key: 'j-30', offsetDays: -30, label: '30 jours avant l’échéance' });
    expect(reminderStepAt(0)).toEqual({ key: 'j0', offsetDays: 0, label: 'le jour de l’échéance' });
    expect(reminderStepAt(1)).toEqual({ key: 'j+1', offsetDays: 1, label: '1 jour après l’échéance' });
  });
});

describe('le nom de l’association dans une phrase', () => {
  it('« de l’AEC », mais « de l’association CCS » : rien ne s’élide qui ne le doive', () => {
    expect(`le site de ${theAssociation('AEC')}`).toBe('le site de l’AEC');
    expect(`adhérer à ${theAssociation('Association d’Étude de la Céramique')}`).toBe(
      'adhérer à l’Association d’Étude de la Céramique',
    );
    expect(`le site de ${theAssociation('CCS')}`).toBe('le site de l’association CCS');
    expect(`adhérer à ${theAssociation('Amis de la faïence')}`).toBe('adhérer à l’association Amis de la faïence');
    expect(`adhérer à ${theAssociation('Émaux et Faïences')}`).toBe('adhérer à l’association Émaux et Faïences');
  });
});
