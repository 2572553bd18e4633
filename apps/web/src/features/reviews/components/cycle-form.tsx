import { useState, type FormEvent } from 'react';
import { TextInput } from '../../../components/text-input';
import type { FormErrors } from '../../../lib/form-errors';
import { CYCLE_FIELD_IDS, type CycleField, type CycleFormValues } from '../cycle-form-values';
import { DATE_HINT } from '../format';

interface CycleFormProps {
  initial: CycleFormValues;
  errors?: FormErrors<CycleField>;
  submitting: boolean;
  submitText: string;
  onSubmit: (values: CycleFormValues) => void;
}

/** A review cycle's name, period, the date returns are due and when owners are reminded. */
export function CycleForm({ initial, errors, submitting, submitText, onSubmit }: CycleFormProps) {
  const [values, setValues] = useState(initial);
  const set = (field: CycleField) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting) onSubmit(values);
  };
  const error = (field: CycleField) => errors?.fields[field];
  return (
    <form noValidate onSubmit={submit}>
      <TextInput id={CYCLE_FIELD_IDS.name} name="name" label="Name" hint="For example, April to September 2026" value={values.name} onChange={set('name')} error={error('name')} />
      <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Period under review</legend>
        <TextInput
          id={CYCLE_FIELD_IDS.periodStart}
          name="periodStart"
          label="Start date"
          hint="For example, 2026-04-01"
          autoComplete="off"
          spellCheck={false}
          value={values.periodStart}
          onChange={set('periodStart')}
          error={error('periodStart')}
        />
        <TextInput
          id={CYCLE_FIELD_IDS.periodEnd}
          name="periodEnd"
          label="End date"
          hint="For example, 2026-09-30"
          autoComplete="off"
          spellCheck={false}
          value={values.periodEnd}
          onChange={set('periodEnd')}
          error={error('periodEnd')}
        />
      </fieldset>
      <TextInput
        id={CYCLE_FIELD_IDS.returnsDue}
        name="returnsDue"
        label="Returns due"
        hint={`The date owners must submit their returns by. ${DATE_HINT}`}
        autoComplete="off"
        spellCheck={false}
        value={values.returnsDue}
        onChange={set('returnsDue')}
        error={error('returnsDue')}
      />
      <TextInput
        id={CYCLE_FIELD_IDS.reminderDaysBefore}
        name="reminderDaysBefore"
        label="Reminder (days before returns are due)"
        hint="Owners who have not submitted are reminded this many days before the due date, and again when overdue"
        inputMode="numeric"
        spellCheck={false}
        value={values.reminderDaysBefore}
        onChange={set('reminderDaysBefore')}
        error={error('reminderDaysBefore')}
      />
      <button type="submit" className="govuk-button" aria-disabled={submitting || undefined}>
        {submitText}
      </button>
    </form>
  );
}
