/**
 * The one way a form page answers: on GET, its first values; on POST, read the fields, check them,
 * send them, then either a redirect (POST-redirect-GET) or the page again with what was typed
 * (never a password), one French message per field and one on top, and the status that says why.
 * Strapi out of reach is a calm message on the page (503), never an error page.
 */
import type { AstroGlobal } from 'astro';
import { fr } from '../i18n/fr';
import { keepTyped, readForm, type Check, type FieldErrors, type FormValues } from './forms';
import { StrapiUnavailableError } from './strapi/errors';

export interface FormPage {
  values: FormValues;
  errors: FieldErrors;
  general: string | undefined;
  /** The fields as posted, for the hidden ones a page reads back; empty on GET. */
  posted: FormValues;
  hasErrors: boolean;
}

/** What sending answered when it did not redirect; the status is 400 unless it says otherwise. */
export interface Refused {
  errors?: FieldErrors;
  general?: string;
  status?: number;
}

export interface FormSpec<T> {
  initial?: FormValues;
  check: (posted: FormValues) => Check<T>;
  send: (data: T, posted: FormValues) => Promise<Response | Refused>;
  /** What the page says when Strapi cannot be reached. */
  unavailable?: string;
}

function shown(values: FormValues, posted: FormValues, refused: Refused = {}): FormPage {
  const errors = refused.errors ?? {};
  return {
    values,
    errors,
    general: refused.general,
    posted,
    hasErrors: Object.keys(errors).length > 0 || Boolean(refused.general),
  };
}

export async function formPage<T>(astro: AstroGlobal, spec: FormSpec<T>): Promise<FormPage | Response> {
  if (astro.request.method !== 'POST') return shown(spec.initial ?? {}, {});
  const posted = await readForm(astro.request);
  const values = keepTyped(posted);
  const checked = spec.check(posted);
  if (!checked.ok) {
    astro.response.status = 400;
    return shown(values, posted, { errors: checked.errors });
  }
  try {
    const answer = await spec.send(checked.data, posted);
    if (answer instanceof Response) return answer;
    astro.response.status = answer.status ?? 400;
    return shown(values, posted, answer);
  } catch (error) {
    if (!(error instanceof StrapiUnavailableError)) throw error;
    astro.response.status = 503;
    return shown(values, posted, { general: spec.unavailable ?? fr.form.unavailable });
  }
}

/** The refusal every form behind a rate limit shares. */
export function tooManyAttempts(retryAfterSeconds: number): Refused {
  return { general: fr.form.tooManyAttempts(retryAfterSeconds), status: 429 };
}
