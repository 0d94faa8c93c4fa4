/**
 * An amount typed in euros (« 40 », « 40,00 », « 1 234,50 ») and kept in cents: a treasurer never
 * counts zeros. What she types stays on the screen as typed; the form gets cents as soon as it
 * reads as an amount, and an amount above 10 000 € is confirmed once, when she leaves the field.
 */
import { useRef, type ReactNode } from 'react';
import { Field, TextInput } from '@strapi/design-system';
import { formatEuros, parseEuros, UNUSUAL_PAYMENT_CENTS } from '@aec/config/dues';
import { texts } from './texts.fr';
import { useTypedText } from './useTypedText';

interface Props {
  name: string;
  label: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

/** « 40,00 » in the field: the euro sign is beside it, not inside. */
const shown = (cents: unknown) => (typeof cents === 'number' ? formatEuros(cents).replace(/\s*€$/u, '') : '');

export function EurosInput({ name, label, required, disabled }: Props) {
  const { text, setText, change, invalid, error } = useTypedText(name, { parse: parseEuros, show: shown });
  const confirmed = useRef<number | null>(null);

  const leave = () => {
    const cents = parseEuros(text);
    if (cents === null) return;
    if (cents > UNUSUAL_PAYMENT_CENTS && confirmed.current !== cents) {
      if (!window.confirm(texts.confirmUnusual(formatEuros(cents)))) {
        change('');
        return;
      }
      confirmed.current = cents;
    }
    setText(shown(cents));
  };

  return (
    <Field.Root name={name} hint={texts.eurosHint} required={required} error={invalid ? texts.notAnAmount : error}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        inputMode="decimal"
        autoComplete="off"
        placeholder={texts.eurosPlaceholder}
        value={text}
        disabled={disabled}
        endAction={<span aria-hidden="true">€</span>}
        onChange={(event: { target: { value: string } }) => change(event.target.value)}
        onBlur={leave}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
