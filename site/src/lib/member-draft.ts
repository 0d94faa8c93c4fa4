/**
 * "Modifier ma fiche membre" in 4 steps. The draft (what the member typed, as typed) is kept
 * in the server-side session between steps, so Précédent, Suivant, leaving and coming back
 * lose nothing; each step is checked with the shared schema from config/, and the whole
 * record again before it is sent.
 *
 * The site session belongs to the browser, not to an account: the draft carries the id of the
 * member Strapi named for the token, and is read back only for that member.
 */
import {
  addressSchema,
  identifiersSchema,
  memberRecordSchema,
  secondMemberStepSchema,
  type MemberAccount,
  type MemberRecord,
} from '@aec/config';
import type { z } from 'zod';
import { validate, type Checked, type FieldErrors, type FormValues } from './forms';

export const STEP_LABELS = ['identifiants', 'adresse', 'deuxième adhérent (facultatif)', 'validation'] as const;
export const STEP_COUNT = STEP_LABELS.length;
export const DRAFT_KEY = 'memberRecordDraft';

export type StepNumber = 1 | 2 | 3 | 4;
export type EditableStep = 1 | 2 | 3;

export interface MemberDraft {
  steps: Record<EditableStep, FormValues>;
}

/** What is kept in the session: the draft and whose it is. */
export interface OwnedDraft extends MemberDraft {
  memberId: number;
}

export function ownedDraft(memberId: number, draft: MemberDraft): OwnedDraft {
  return { memberId, steps: draft.steps };
}

/** The kept draft if it is this member's; another member's (same browser) is never shown. */
export function draftOf(kept: unknown, memberId: number): OwnedDraft | null {
  if (typeof kept !== 'object' || kept === null) return null;
  const candidate = kept as Partial<OwnedDraft>;
  return candidate.memberId === memberId && typeof candidate.steps === 'object' ? (candidate as OwnedDraft) : null;
}

const FIELDS: Record<EditableStep, readonly string[]> = {
  1: ['email', 'civility', 'firstName', 'lastName', 'phone', 'mobilePhone'],
  2: ['line1', 'line2', 'line3', 'postalCode', 'city', 'country'],
  3: ['hasSecondMember', 'civility', 'firstName', 'lastName', 'email', 'phone'],
};

const SCHEMAS: Record<EditableStep, z.ZodType> = {
  1: identifiersSchema,
  2: addressSchema,
  3: secondMemberStepSchema,
};

export function parseStep(value: string | undefined): StepNumber | null {
  const step = Number(value);
  return step === 1 || step === 2 || step === 3 || step === 4 ? step : null;
}

/**
 * Far above any field's own limit (its schema says « trop long »), so what the session keeps of
 * a visitor's form stays small whatever is posted.
 */
export const MAX_KEPT_CHARS = 1_000;

/** Keeps only the step's own fields, as strings, as typed (up to MAX_KEPT_CHARS each). */
export function pickStepValues(step: EditableStep, posted: FormValues): FormValues {
  return Object.fromEntries(FIELDS[step].map((field) => [field, (posted[field] ?? '').slice(0, MAX_KEPT_CHARS)]));
}

export function draftFromAccount(account: MemberAccount): MemberDraft {
  const { profile, secondMember } = account;
  return {
    steps: {
      1: {
        email: account.email,
        civility: profile.civility,
        firstName: profile.firstName,
        lastName: profile.lastName,
        phone: profile.phone ?? '',
        mobilePhone: profile.mobilePhone ?? '',
      },
      2: {
        line1: profile.address?.line1 ?? '',
        line2: profile.address?.line2 ?? '',
        line3: profile.address?.line3 ?? '',
        postalCode: profile.address?.postalCode ?? '',
        city: profile.address?.city ?? '',
        country: profile.address?.country ?? 'France',
      },
      3: secondMember
        ? {
            hasSecondMember: 'oui',
            civility: secondMember.civility,
            firstName: secondMember.firstName,
            lastName: secondMember.lastName,
            email: secondMember.email ?? '',
            phone: secondMember.phone ?? '',
          }
        : { hasSecondMember: 'non', civility: '', firstName: '', lastName: '', email: '', phone: '' },
    },
  };
}

/** Empty strings mean "not given", as a form would send them. */
function asInput(values: FormValues): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value.trim() === '' ? undefined : value]),
  );
}

export function checkStep(step: EditableStep, values: FormValues): Checked {
  const result = validate(SCHEMAS[step], asInput(values), values);
  return result.ok ? { ok: true } : { ok: false, errors: result.errors };
}

/** The whole record, or the first step that still has a problem. */
export function recordFromDraft(
  draft: MemberDraft,
): { ok: true; record: MemberRecord } | { ok: false; step: EditableStep; errors: FieldErrors } {
  for (const step of [1, 2, 3] as const) {
    const checked = checkStep(step, draft.steps[step]);
    if (!checked.ok) return { ok: false, step, errors: checked.errors };
  }
  const second = secondMemberStepSchema.parse(asInput(draft.steps[3]));
  const result = memberRecordSchema.safeParse({
    identifiers: asInput(draft.steps[1]),
    address: asInput(draft.steps[2]),
    secondMember: second,
  });
  if (result.success) return { ok: true, record: result.data };
  const issue = result.error.issues[0];
  const field = String(issue?.path.at(-1) ?? 'email');
  return { ok: false, step: issue?.path[0] === 'secondMember' ? 3 : 1, errors: { [field]: issue?.message ?? '' } };
}
