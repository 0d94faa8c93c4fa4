/**
 * A day typed as on a cheque stub (« 14/05/2026 »): the form holds it from the last keystroke, so
 * leaving with Tab or clicking « Enregistrer » at once keeps it (Strapi's date picker dropped a
 * typed date it had not yet committed). Something that is not a day stays on the screen and is
 * sent as typed, so the save is refused with the reason instead of storing nothing.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Field, TextInput } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { parseDateFr, shortDateFr } from '@aec/config/dates';
import { texts } from './texts.fr';

interface Props {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

/** What the form holds for a text: the day, nothing, or the text itself (refused when saved). */
const held = (text: string) => (text.trim() === '' ? null : (parseDateFr(text) ?? text));
const shown = (value: unknown) =>
  typeof value !== 'string' ? '' : parseDateFr(value) === value ? shortDateFr(value) : value;

export function DateInput({ name, label, hint, required, disabled }: Props) {
  const field = useField<string | null>(name);
  const [text, setText] = useState(() => shown(field.value));

  // A value set from elsewhere (the entry loaded, a reset) shows as jj/mm/aaaa.
  useEffect(() => {
    if (held(text) !== (field.value ?? null)) setText(shown(field.value));
    // Only when the form's value changes, not on each keystroke.
  }, [field.value]);

  const change = (next: string) => {
    setText(next);
    field.onChange(name, held(next));
  };
  const invalid = text.trim() !== '' && parseDateFr(text) === null;

  return (
    <Field.Root
      name={name}
      hint={hint ?? texts.dateHint}
      required={required}
      error={invalid ? texts.notADate : field.error}
    >
      <Field.Label>{label}</Field.Label>
      <TextInput
        inputMode="numeric"
        autoComplete="off"
        placeholder={texts.datePlaceholder}
        value={text}
        disabled={disabled}
        onChange={(event: { target: { value: string } }) => change(event.target.value)}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
