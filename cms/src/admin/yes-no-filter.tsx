/**
 * A yes-or-no filter of the content manager's lists, in words: the value is chosen as « Oui » or
 * « Non », and the chip of an active filter reads « Compte désactivé est Oui », not « … est true »
 * (Strapi shows an option's label on the chip only when the filter brings its own input).
 */
import { SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { booleanLabels } from './translations.fr';

export const yesNoOptions = [
  { label: booleanLabels.true, value: 'true' },
  { label: booleanLabels.false, value: 'false' },
];

export function YesNoFilterInput({ name, 'aria-label': ariaLabel }: { name: string; 'aria-label'?: string }) {
  const field = useField<string>(name);
  return (
    <SingleSelect
      aria-label={ariaLabel}
      value={field.value ?? ''}
      onChange={(value: string | number) => field.onChange(name, String(value))}
    >
      {yesNoOptions.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
}
