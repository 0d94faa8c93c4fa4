/**
 * Reading a posted form and checking it with a shared schema from config/. On failure, the
 * values come back as typed (never the passwords) with one French message per field.
 */
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string>;

/** A step or form checked: fine, or one French message per field. */
export type Checked = { ok: true } | { ok: false; errors: FieldErrors };

/** A form checked, with what it becomes when it is fine. */
export type Check<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export type FormResult<T> =
  { ok: true; data: T; values: FormValues } | { ok: false; errors: FieldErrors; values: FormValues };

/** Fields never sent back into the page. */
const SECRET = /password/i;

export async function readForm(request: Request): Promise<FormValues> {
  const form = await request.formData();
  const values: FormValues = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string') values[key] = value;
  return values;
}

/** Checkboxes arrive as "on" or not at all. */
export function checkbox(values: FormValues, name: string): boolean {
  return values[name] === 'on' || values[name] === 'true';
}

export function validate<S extends z.ZodType>(schema: S, input: unknown, values: FormValues): FormResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data as z.output<S>, values };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values: keepTyped(values) };
}

/** Strapi's per-field lists of messages → the first message of each field. */
export function firstErrors(fields: Record<string, string[] | undefined>): FieldErrors {
  return Object.fromEntries(Object.entries(fields).flatMap(([field, list]) => (list?.[0] ? [[field, list[0]]] : [])));
}

export function keepTyped(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET.test(key)));
}
