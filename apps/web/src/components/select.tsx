import type { SelectHTMLAttributes } from 'react';
import { type FieldProps, FormField } from './form-field';

export interface SelectOption {
  value: string;
  text: string;
}

type SelectProps = FieldProps & { options: SelectOption[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'aria-describedby' | 'children'>;

/** GOV.UK select with its label, optional hint and inline error, like TextInput. */
export function Select({ id, label, options, hint, error, ...select }: SelectProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select id={id} className={error ? 'govuk-select govuk-select--error' : 'govuk-select'} aria-describedby={describedBy} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.text}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
