import type { TextareaHTMLAttributes } from 'react';
import { type FieldProps, FormField } from './form-field';

type TextareaProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'aria-describedby'>;

/** GOV.UK textarea with its label, optional hint and inline error, like TextInput. */
export function Textarea({ id, label, hint, error, rows = 5, ...textarea }: TextareaProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          className={error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'}
          rows={rows}
          aria-describedby={describedBy}
          {...textarea}
        />
      )}
    </FormField>
  );
}
