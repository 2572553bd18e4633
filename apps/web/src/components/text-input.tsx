import type { InputHTMLAttributes } from 'react';
import { type FieldProps, FormField } from './form-field';

type TextInputProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'aria-describedby'>;

export function TextInput({ id, label, hint, error, ...input }: TextInputProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(describedBy) => <input id={id} className={error ? 'govuk-input govuk-input--error' : 'govuk-input'} aria-describedby={describedBy} {...input} />}
    </FormField>
  );
}
