/**
 * "Adhérer" in the same 4 steps as "Modifier ma fiche membre" (lib/member-draft.ts), plus what
 * joining needs: the password chosen twice at step 1 (kept sealed, never in clear), the
 * honeypot, and the time step 1 was shown (a form filled in under 3 seconds is a robot's).
 */
import { joinIdentifiersSchema, messages, passwordContainsPersonalData } from '@aec/config';
import { validate, type Checked, type FieldErrors, type FormValues } from './forms';
import type { MemberDraft } from './member-draft';
import { seal, unseal } from './sealed';

export const JOIN_DRAFT_KEY = 'joinDraft';
export const JOIN_EMAIL_KEY = 'joinSentTo';
export const MIN_FILL_MS = 3_000;

export interface JoinDraft extends MemberDraft {
  sealedPassword: string | null;
  /** The honeypot, passed on to Strapi, which ignores a filled one without saying so. */
  website: string;
  stepOneShownAt: number | null;
}

export function emptyJoinDraft(): JoinDraft {
  return {
    steps: {
      1: { email: '', civility: '', firstName: '', lastName: '', phone: '', mobilePhone: '' },
      2: { line1: '', line2: '', line3: '', postalCode: '', city: '', country: 'France' },
      3: { hasSecondMember: '', civility: '', firstName: '', lastName: '', email: '', phone: '' },
    },
    sealedPassword: null,
    website: '',
    stepOneShownAt: null,
  };
}

/**
 * When step 1 was shown, carried by the form itself (sealed, so no one can choose it): showing
 * the page writes nothing in the session store, which a visitor's first POST creates.
 */
export const SHOWN_AT_FIELD = 'affichee';

export function sealShownAt(now = Date.now()): string {
  return seal(String(now));
}

/** The honeypot as posted, cut where Strapi cuts it: a robot's text does not fill the session store. */
export function keepHoneypot(draft: JoinDraft, posted: FormValues): void {
  draft.website = (posted.website ?? draft.website).slice(0, 500);
}

/** A sealed time older than this is not taken: one display does not serve a robot for ever. */
export const SHOWN_AT_VALID_MS = 2 * 60 * 60 * 1000;

/** The time sealed into the posted form, when the draft has none yet. */
export function takeShownAt(draft: JoinDraft, posted: FormValues, now = Date.now()): void {
  if (draft.stepOneShownAt !== null) return;
  const shownAt = Number(unseal(posted[SHOWN_AT_FIELD] ?? '') ?? Number.NaN);
  if (Number.isSafeInteger(shownAt) && shownAt <= now && now - shownAt <= SHOWN_AT_VALID_MS)
    draft.stepOneShownAt = shownAt;
}

/** Step 1 was shown so recently that no person could have filled it in. */
export function filledTooFast(draft: JoinDraft, now = Date.now()): boolean {
  return draft.stepOneShownAt === null || now - draft.stepOneShownAt < MIN_FILL_MS;
}

/** The password that will be sent at step 4, if one was chosen and can still be read. */
export function keptPassword(draft: JoinDraft): string | null {
  return draft.sealedPassword ? unseal(draft.sealedPassword) : null;
}

/**
 * Checks step 1 with the password: typed now, or the one kept from before when both fields are
 * left empty. On success, the password is sealed into the draft.
 */
export function checkJoinIdentifiers(draft: JoinDraft, values: FormValues, posted: FormValues): Checked {
  const typed = posted.password ?? '';
  const again = posted.passwordConfirmation ?? '';
  const kept = typed === '' && again === '' ? keptPassword(draft) : null;
  const password = kept ?? typed;
  const input = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value.trim() === '' ? undefined : value]),
  );
  const checked = validate(joinIdentifiersSchema, { ...input, password, passwordConfirmation: kept ?? again }, values);
  // The town typed at step 2 counts too, as Strapi will check at the end.
  const result =
    checked.ok && password && passwordContainsPersonalData(password, { city: draft.steps[2].city })
      ? { ok: false as const, errors: { password: messages.password.personal } as FieldErrors }
      : checked;
  if (!result.ok) {
    // A kept password that is no longer accepted is forgotten: the member chooses another.
    if (kept !== null && result.errors.password) draft.sealedPassword = null;
    if (kept === null && result.errors.password === undefined && result.errors.passwordConfirmation === undefined) {
      // The password itself is fine: keep it while the other fields are corrected.
      draft.sealedPassword = seal(password);
    }
    return { ok: false, errors: result.errors };
  }
  draft.sealedPassword = seal(password);
  return { ok: true };
}
