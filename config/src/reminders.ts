/**
 * Which dues reminder a member should receive today, if any: pure, so that a whole year is
 * tested by moving a date. The schedule is the association's (association.reminders.steps).
 */
import type { ReminderStep } from './settings.js';
import { addDays } from './dues.js';

/**
 * The reminder of a member with no dues recorded at all (joined, or imported, without a payment):
 * sent once, this many days after joining. Its record is dated by the joining day.
 */
export const NO_DUES_STEP: ReminderStep = {
  key: 'sans-cotisation',
  offsetDays: 30,
  label: 'pour une adhésion sans cotisation enregistrée',
};

/** The key of a sent reminder: a step is sent once per due date. */
export function reminderKey(dueDate: string, stepKey: string): string {
  return `${dueDate}:${stepKey}`;
}

export interface ReminderCandidate {
  /** The member's next due date (last day covered); null: no dues recorded (see NO_DUES_STEP). */
  dueDate: string | null;
  /** The day the member joined (or was imported): where a member with no dues is counted from. */
  joinedOn?: string | null;
  honorary: boolean;
  /** A volunteer has not yet confirmed a transfer the member declared: wait. */
  transferDeclared: boolean;
  blocked: boolean;
  /** Keys (reminderKey) of the reminders already sent to this member. */
  sent: ReadonlySet<string>;
}

/** The step due today for this member, or null. */
export function reminderDue(
  member: ReminderCandidate,
  steps: readonly ReminderStep[],
  today: string,
): ReminderStep | null {
  if (member.honorary || member.transferDeclared || member.blocked) return null;
  if (!member.dueDate) {
    const joined = member.joinedOn;
    if (!joined || addDays(joined, NO_DUES_STEP.offsetDays) > today) return null;
    return member.sent.has(reminderKey(joined, NO_DUES_STEP.key)) ? null : NO_DUES_STEP;
  }
  const dueDate = member.dueDate;
  // The latest step whose day has come: earlier ones are past, a later one not yet.
  const current = [...steps]
    .sort((a, b) => a.offsetDays - b.offsetDays)
    .filter((step) => addDays(dueDate, step.offsetDays) <= today)
    .at(-1);
  if (!current) return null;
  // Once, even late: a member imported long overdue, or a day the pass did not run, still gets
  // the step of the moment (the earlier ones no longer apply) and, after the last, « à désactiver ».
  if (member.sent.has(reminderKey(dueDate, current.key))) return null;
  return current;
}

/** After the last step, a volunteer decides whether to deactivate the account. */
export function isLastStep(step: ReminderStep, steps: readonly ReminderStep[]): boolean {
  return steps.some((s) => s.key === step.key) && Math.max(...steps.map((s) => s.offsetDays)) === step.offsetDays;
}

/** The day of the next daily pass: today if the association's hour has not come yet, else tomorrow. */
export function nextPassDay(now: Date, timezone: string, hour: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const today = `${part('year')}-${part('month')}-${part('day')}`;
  return Number(part('hour')) < hour ? today : addDays(today, 1);
}
