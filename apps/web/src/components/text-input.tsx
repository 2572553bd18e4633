import type { InputHTMLAttributes } from 'react';
import { type FieldProps, FormField } from './form-field';

type TextInputProps = FieldProps & {
  /** GOV.UK's fixed input widths, for answers of a known length (a prefix, a date). */
  width?: 2 | 3 | 4 | 5 | 10 | 20;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'aria-describedby' | 'width'>;

export function TextInput({ id, label, hint, error, width, ...input }: TextInputProps) {
  const className = ['govuk-input', width && `govuk-input--width-${width}`, error && 'govuk-input--error'].filter(Boolean).join(' ');
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(describedBy) => <input id={id} className={className} aria-describedby={describedBy} {...input} />}
    </FormField>
  );
}
