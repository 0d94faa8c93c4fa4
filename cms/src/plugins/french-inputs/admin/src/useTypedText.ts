/**
 * A field typed as text and held by the form as something else (a day, cents): what is typed
 * stays on the screen as typed, the form gets the value from the last keystroke, and a value set
 * from elsewhere (the entry loaded, a reset) shows in the field's own way.
 */
import { useEffect, useState } from 'react';
import { useField } from '@strapi/strapi/admin';

interface Reading<T> {
  /** The value the text reads as, or null when it reads as none. */
  parse: (text: string) => T | null;
  /** How a value of the form shows in the field. */
  show: (value: unknown) => string;
  /** Text that reads as nothing is still sent, so that the save is refused with the reason. */
  sendUnreadable?: boolean;
}

export function useTypedText<T>(name: string, { parse, show, sendUnreadable = false }: Reading<T>) {
  const field = useField<T | string | null>(name);
  const held = (text: string): T | string | null =>
    text.trim() === '' ? null : (parse(text) ?? (sendUnreadable ? text : null));
  const [text, setText] = useState(() => show(field.value));

  useEffect(() => {
    if (held(text) !== (field.value ?? null)) setText(show(field.value));
    // Only when the form's value changes, not on each keystroke.
  }, [field.value]);

  const change = (next: string) => {
    setText(next);
    field.onChange(name, held(next));
  };
  return { text, setText, change, invalid: text.trim() !== '' && parse(text) === null, error: field.error };
}
