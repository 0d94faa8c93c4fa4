import { describe, expect, it } from 'vitest';
import { association, nextPassDay, reminderDue, reminderKey, type ReminderCandidate } from '../src/index.js';

const steps = association.reminders.steps;

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** Runs the daily task over a period for one member; returns what was sent, day by day. */
function simulate(
  member: Omit<ReminderCandidate, 'sent'>,
  from: string,
  to: string,
  onDay?: (day: string) => Partial<ReminderCandidate>,
) {
  const sent = new Set<string>();
  const log: string[] = [];
  let current = { ...member };
  for (const day of days(from, to)) {
    current = { ...current, ...onDay?.(day) };
    const step = reminderDue({ ...current, sent }, steps, day);
    const dated = current.dueDate ?? current.joinedOn;
    if (step && dated) {
      sent.add(reminderKey(dated, step.key));
      log.push(`${day} ${step.key}`);
    }
  }
  return log;
}

const member = { dueDate: '2026-12-31', honorary: false, transferDeclared: false, blocked: false };

describe('les relances de cotisation, sur une année simulée', () => {
  it('envoie chaque étape une fois, le bon jour : 30 jours avant, le jour même, 30 et 60 jours après', () => {
    expect(simulate(member, '2026-01-01', '2027-12-31')).toEqual([
      '2026-12-01 j-30',
      '2026-12-31 j0',
      '2027-01-30 j+30',
      '2027-03-01 j+60',
    ]);
  });

  it('n’envoie plus rien après un paiement : l’échéance a avancé', () => {
    const log = simulate(member, '2026-11-01', '2027-06-30', (day) =>
      day >= '2027-01-10' ? { dueDate: '2027-12-31' } : {},
    );
    expect(log).toEqual(['2026-12-01 j-30', '2026-12-31 j0']);
  });

  it('attend la confirmation d’un virement déclaré', () => {
    const log = simulate(member, '2026-11-01', '2027-02-15', (day) =>
      day >= '2026-12-20' ? { transferDeclared: true } : {},
    );
    expect(log).toEqual(['2026-12-01 j-30']);
  });

  it('ne relance ni un membre d’honneur, ni un compte désactivé', () => {
    expect(simulate({ ...member, honorary: true }, '2026-11-01', '2027-04-01')).toEqual([]);
    expect(simulate({ ...member, blocked: true }, '2026-11-01', '2027-04-01')).toEqual([]);
  });

  it('quelqu’un qui n’a aucune cotisation enregistrée reçoit sa relance à lui, une fois, 30 jours après son adhésion', () => {
    const none = { ...member, dueDate: null, joinedOn: '2026-11-10' };
    expect(simulate(none, '2026-11-01', '2027-04-01')).toEqual(['2026-12-10 sans-cotisation']);
    // Imported long ago with no payment: at the first pass.
    expect(simulate({ ...none, joinedOn: '2019-05-01' }, '2026-11-01', '2027-04-01')).toEqual([
      '2026-11-01 sans-cotisation',
    ]);
    // Then a payment is recorded: the usual steps, from its due date.
    const paid = simulate(none, '2026-11-01', '2027-12-31', (day) =>
      day >= '2027-01-05' ? { dueDate: '2027-12-31' } : {},
    );
    expect(paid).toEqual(['2026-12-10 sans-cotisation', '2027-12-01 j-30', '2027-12-31 j0']);
  });

  it('une étape manquée (membre importé déjà en retard, passage qui n’a pas eu lieu) part au passage suivant, une fois', () => {
    // First run long after the due date: the step of the moment only, then the next one on its day.
    expect(simulate(member, '2027-02-20', '2027-04-01')).toEqual(['2027-02-20 j+30', '2027-03-01 j+60']);
    expect(simulate(member, '2027-03-10', '2027-06-01')).toEqual(['2027-03-10 j+60']);
    expect(simulate({ ...member, dueDate: '2024-12-31' }, '2026-12-01', '2027-06-01')).toEqual(['2026-12-01 j+60']);
  });
});

describe('la liste « Relance prévue demain »', () => {
  it('vise le passage du jour s’il n’a pas encore eu lieu, sinon celui du lendemain (heure de Paris)', () => {
    expect(nextPassDay(new Date('2026-11-26T07:30:00Z'), 'Europe/Paris', 9)).toBe('2026-11-26');
    expect(nextPassDay(new Date('2026-11-26T08:30:00Z'), 'Europe/Paris', 9)).toBe('2026-11-27');
    expect(nextPassDay(new Date('2026-11-26T23:30:00Z'), 'Europe/Paris', 9)).toBe('2026-11-27');
  });
});
