/**
 * A day typed as on a cheque stub (« 14/05/2026 »): the form holds it from the last keystroke, so
 * leaving with Tab or clicking « Enregistrer » at once keeps it (Strapi's date picker dropped a
 * typed date it had not yet committed). Something that is not a day stays on the screen and is
 * sent as typed, so the save is refused with the reason instead of storing nothing.
 */
import type { ReactNode } from 'react';
import { Field, TextInput } from '@strapi/design-system';
import { parseDateFr, shortDateFr } from '@aec/config/dates';
import { texts } from './texts.fr';
import { useTypedText } from './useTypedText';

interface Props {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

const shown = (value: unknown) =>
  typeof value !== 'string' ? '' : parseDateFr(value) === value ? shortDateFr(value) : value;

export function DateInput({ name, label, hint, required, disabled }: Props) {
  const { text, change, invalid, error } = useTypedText(name, {
    parse: parseDateFr,
    show: shown,
    sendUnreadable: true,
  });

  return (
    <Field.Root name={name} hint={hint ?? texts.dateHint} required={required} error={invalid ? texts.notADate : error}>
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
