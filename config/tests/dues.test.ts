import { describe, expect, it } from 'vitest';
import {
  association,
  duesStatus,
  formatDateFr,
  formatEuros,
  nextDueDate,
  nextPeriod,
  parseEuros,
  paymentTitle,
  transferReference,
} from '../src/index.js';
import { parseDateFr, shortDateFr } from '../src/dates.js';

describe('Cotisation : la prochaine échéance', () => {
  const payments = [
    { periodEnd: '2025-12-31', state: 'confirme' as const },
    { periodEnd: '2026-12-31', state: 'declare' as const },
  ];

  it('vient du dernier paiement confirmé ; un virement déclaré ne compte pas encore', () => {
    expect(nextDueDate(payments)).toBe('2025-12-31');
  });

  it('peut être corrigée par un bénévole (« modifiable par nos soins »)', () => {
    expect(nextDueDate(payments, '2027-06-30')).toBe('2027-06-30');
  });

  it('une échéance reprise de l’ancien fichier compte sans paiement inventé, et le premier paiement enregistré la dépasse', () => {
    expect(nextDueDate([], null, '2026-12-31')).toBe('2026-12-31');
    expect(nextDueDate([{ periodEnd: '2027-12-31', state: 'confirme' }], null, '2026-12-31')).toBe('2027-12-31');
    expect(nextDueDate([{ periodEnd: '2027-12-31', state: 'declare' }], null, '2026-12-31')).toBe('2026-12-31');
    expect(nextDueDate([], '2028-06-30', '2026-12-31')).toBe('2028-06-30');
    expect(duesStatus({ payments: [], carriedOver: '2026-12-31', today: '2027-01-01' }).kind).toBe('overdue');
  });

  it('un membre dont l’échéance est dépassée la voit comme dépassée, avec le virement en attente', () => {
    expect(duesStatus({ payments, today: '2026-03-03' })).toEqual({
      kind: 'overdue',
      dueDate: '2025-12-31',
      declaredPending: true,
    });
  });

  it('le jour même de l’échéance, le membre est encore à jour', () => {
    expect(duesStatus({ payments, today: '2025-12-31' }).kind).toBe('up-to-date');
  });

  it('un membre d’honneur n’a pas d’échéance', () => {
    expect(duesStatus({ payments: [], honorary: true, today: '2026-01-01' })).toEqual({ kind: 'honorary' });
  });
});

describe('Payer votre cotisation', () => {
  it('en année civile, la cotisation couvre l’année en cours si elle est dépassée', () => {
    expect(nextPeriod('calendar-year', '2025-12-31', '2026-03-03')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('en année civile, un membre à jour paie l’année suivante', () => {
    expect(nextPeriod('calendar-year', '2026-12-31', '2026-11-26')).toEqual({ start: '2027-01-01', end: '2027-12-31' });
  });

  it('sur douze mois, la période suit la précédente', () => {
    expect(nextPeriod('twelve-months', '2026-12-15', '2026-11-26')).toEqual({ start: '2026-12-16', end: '2027-12-15' });
  });

  it('chaque membre a une référence de virement personnelle', () => {
    expect(transferReference('AEC', 2026, 421)).toBe('AEC-2026-0421');
  });

  it('écrit les dates et les montants à la française', () => {
    expect(formatDateFr('2026-03-03')).toBe('3 mars 2026');
    expect(formatEuros(4000)).toMatch(/^40,00\s€$/);
    expect(formatEuros(association.dues.coupleCents)).toMatch(/^\d[\d\s]*,\d{2}\s€$/);
  });
});

describe('un montant saisi en euros par la trésorière', () => {
  it('se lit en centimes, quelle que soit la façon de l’écrire', () => {
    expect(parseEuros('40')).toBe(4000);
    expect(parseEuros('40,00')).toBe(4000);
    expect(parseEuros('40,5')).toBe(4050);
    expect(parseEuros('40.05')).toBe(4005);
    expect(parseEuros(' 1 234,56 € ')).toBe(123456);
    expect(parseEuros('1\u202f234,56\u00a0€')).toBe(123456);
  });

  it('n’est pas un montant s’il a des lettres, trois décimales ou un signe moins', () => {
    for (const text of ['', 'quarante', '40,001', '-40', '40,', '4 0,0,0', '1e3'])
      expect(parseEuros(text), text).toBeNull();
  });

  it('se réécrit comme on l’a lu', () => {
    for (const cents of [100, 4000, 4050, 123456]) expect(parseEuros(formatEuros(cents))).toBe(cents);
  });
});

describe('une date saisie au clavier dans l’administration', () => {
  it('se lit comme sur un talon de chèque, ou telle que le calendrier la range', () => {
    expect(parseDateFr('14/05/2026')).toBe('2026-05-14');
    expect(parseDateFr(' 4/5/2026 ')).toBe('2026-05-04');
    expect(parseDateFr('14.05.2026')).toBe('2026-05-14');
    expect(parseDateFr('2026-05-14')).toBe('2026-05-14');
    expect(shortDateFr('2026-05-04')).toBe('04/05/2026');
  });

  it('n’est pas une date si le jour n’existe pas ou si l’année est incomplète', () => {
    for (const text of ['', '31/02/2026', '14/13/2026', '14/05/26', '14/05', 'demain', '2026-02-30'])
      expect(parseDateFr(text), text).toBeNull();
  });
});

describe('un paiement dans les listes de la trésorière', () => {
  it('se nomme « Dupont Marie — 2027 — 40,00 € — chèque », et non par sa date', () => {
    const payment = { lastName: 'Dupont', firstName: 'Marie', amountCents: 4000, method: 'cheque' as const };
    expect(paymentTitle({ ...payment, periodStart: '2027-01-01', periodEnd: '2027-12-31' })).toMatch(
      /^Dupont Marie — 2027 — 40,00\s€ — chèque$/,
    );
    expect(paymentTitle({ ...payment, periodStart: '2026-09-01', periodEnd: '2027-08-31' })).toMatch(
      /^Dupont Marie — 2026–2027 — 40,00\s€ — chèque$/,
    );
  });
});
