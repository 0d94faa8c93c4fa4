/**
 * The 4-step machine shared by « Adhérer » and « Modifier ma fiche membre »: steps 1 to 3 keep
 * what was typed whatever the button, « Précédent » goes back without checking, « Suivant »
 * goes on only when the step is valid; step 4 sends the whole record, or goes back to the first
 * step that still has a problem. Every answer to a POST is a redirect (POST-redirect-GET), except
 * a step shown again with its errors. The draft lives in the site's session; each page says how
 * to keep it, check a step and send the record.
 */
import type { MemberRecord } from '@aec/config';
import { readForm, type Checked, type FieldErrors, type FormValues } from './forms';
import {
  checkStep,
  pickStepValues,
  recordFromDraft,
  type EditableStep,
  type MemberDraft,
  type StepNumber,
} from './member-draft';

/** What step 4 gets back from sending: a page to go to, or what to show on step 4. */
export type Sent = { redirect: string } | { general: string; errors?: FieldErrors };

export interface Wizard<D extends MemberDraft> {
  step: StepNumber;
  draft: D;
  stepUrl: (step: number) => string;
  keep: (draft: D) => void;
  /** A step's check; `posted` carries what is not kept in the draft (a password). */
  check?: (step: EditableStep, values: FormValues, posted: FormValues) => Checked;
  /** What a valid step may still refuse (a form filled in too fast), as a message. */
  holdBack?: (step: EditableStep) => string | undefined;
  /** Every POST: what the draft takes besides the step's fields (the honeypot). */
  onPost?: (posted: FormValues) => void;
  send: (record: MemberRecord) => Promise<Sent>;
}

export type WizardPage =
  { redirect: string } | { redirect?: undefined; values: FormValues; errors: FieldErrors; general: string | undefined };

export async function runWizard<D extends MemberDraft>(
  request: Request,
  url: URL,
  wizard: Wizard<D>,
): Promise<WizardPage> {
  const { step, draft, stepUrl } = wizard;
  const check = wizard.check ?? checkStep;
  const values: FormValues = step === 4 ? {} : draft.steps[step];

  if (request.method !== 'POST') {
    // Sent back to a step by step 4: its problems show at once.
    if (step !== 4 && url.searchParams.has('verifier')) {
      const checked = check(step, values, {});
      if (!checked.ok) return { values, errors: checked.errors, general: undefined };
    }
    return { values, errors: {}, general: undefined };
  }

  const posted = await readForm(request);
  wizard.onPost?.(posted);
  if (step === 4) {
    if (posted.nav === 'precedent') return { redirect: stepUrl(3) };
    const complete = recordFromDraft(draft);
    if (!complete.ok) return { redirect: `${stepUrl(complete.step)}?verifier=1` };
    const sent = await wizard.send(complete.record);
    if ('redirect' in sent) return { redirect: sent.redirect };
    return { values, errors: sent.errors ?? {}, general: sent.general };
  }

  // Whatever the button, what was typed is kept.
  const typed = pickStepValues(step, posted);
  draft.steps[step] = typed;
  if (posted.nav === 'precedent') {
    wizard.keep(draft);
    return { redirect: stepUrl(step - 1) };
  }
  const checked = check(step, typed, posted);
  const general = checked.ok ? wizard.holdBack?.(step) : undefined;
  wizard.keep(draft);
  if (checked.ok && !general) return { redirect: stepUrl(step + 1) };
  return { values: typed, errors: checked.ok ? {} : checked.errors, general };
}
