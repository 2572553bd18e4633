import { RAG_LABELS, RAGS, type Measure, type Rag } from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import '../actions.css';
import { DATE_HINT, Radios } from './fields';
import type { FormErrors } from '../../../lib/form-errors';
import { measureInputId, needsReason, type ProgressUpdateFormValues } from './progress-update-values';

interface ProgressUpdateFormProps {
  measures: Measure[];
  initialValues: ProgressUpdateFormValues;
  errors?: FormErrors;
  submitting: boolean;
  onSubmit: (values: ProgressUpdateFormValues) => void;
}

const RAG_HINTS: Partial<Record<Rag, string>> = {
  red: 'Serious problems: the action will not deliver without a decision or help',
  amber: 'Problems that the owner is dealing with',
  green: 'On track',
};

const REASON_ID = 'rag-reason';

/** A progress update: RAG rating (amber and red reveal the reason fields, as GOV.UK conditional radios do), commentary, % complete and measure values. */
export function ProgressUpdateForm({ measures, initialValues, errors, submitting, onSubmit }: ProgressUpdateFormProps) {
  const [values, setValues] = useState(initialValues);
  const set = <K extends keyof ProgressUpdateFormValues>(field: K, value: ProgressUpdateFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const error = (key: string) => errors?.fields[key];
  const revealed = needsReason(values.rag);
  // The reason fields sit under the chosen one of red and amber (under amber until one is chosen), and keep what was typed while hidden.
  const revealUnder: Rag = values.rag === 'red' ? 'red' : 'amber';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting) onSubmit(values);
  };

  const reason = (
    <div className={revealed ? 'govuk-radios__conditional' : 'govuk-radios__conditional govuk-radios__conditional--hidden'} id={REASON_ID}>
      <Textarea
        id="problem"
        name="problem"
        label="What is wrong"
        value={values.problem}
        onChange={(e) => set('problem', e.target.value)}
        error={error('problem')}
        rows={3}
      />
      <Textarea
        id="correctiveAction"
        name="correctiveAction"
        label="What is being done about it"
        value={values.correctiveAction}
        onChange={(e) => set('correctiveAction', e.target.value)}
        error={error('correctiveAction')}
        rows={3}
      />
      <TextInput
        id="revisedDate"
        name="revisedDate"
        label="Revised date (optional)"
        hint={`When the action is now expected to recover or finish. ${DATE_HINT}`}
        autoComplete="off"
        spellCheck={false}
        value={values.revisedDate}
        onChange={(e) => set('revisedDate', e.target.value)}
        error={error('revisedDate')}
      />
    </div>
  );

  return (
    <form noValidate onSubmit={submit}>
      <Radios
        id="rag"
        name="rag"
        legend="RAG rating"
        hint="Amber and red need to say what is wrong and what is being done about it"
        choices={RAGS.map((rag) => ({
          value: rag,
          text: RAG_LABELS[rag],
          hint: RAG_HINTS[rag],
          conditionalId: rag === 'red' || rag === 'amber' ? REASON_ID : undefined,
          conditional: rag === revealUnder ? reason : undefined,
        }))}
        value={values.rag}
        onChange={(value) => set('rag', value as Rag)}
        error={error('rag')}
      />
      <Textarea
        id="commentary"
        name="commentary"
        label="Commentary"
        hint="What has happened since the last update"
        value={values.commentary}
        onChange={(e) => set('commentary', e.target.value)}
        error={error('commentary')}
      />
      <TextInput
        id="percentComplete"
        name="percentComplete"
        label="Percent complete"
        hint="A whole number from 0 to 100. Blue (complete) needs 100 and grey (not started) needs 0."
        inputMode="numeric"
        spellCheck={false}
        value={values.percentComplete}
        onChange={(e) => set('percentComplete', e.target.value)}
        error={error('percentComplete')}
      />
      {measures.length > 0 && (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 className="govuk-fieldset__heading">Measures</h2>
          </legend>
          <p className="govuk-hint">Leave a measure blank if you have no new value for it.</p>
          {measures.map((measure) => (
            <TextInput
              key={measure.id}
              id={measureInputId(measure.id)}
              label={measure.unit ? `${measure.name} (${measure.unit})` : measure.name}
              hint={measureHint(measure)}
              inputMode="decimal"
              spellCheck={false}
              value={values.measureValues[measure.id] ?? ''}
              onChange={(e) => set('measureValues', { ...values.measureValues, [measure.id]: e.target.value })}
              error={error(measureInputId(measure.id))}
            />
          ))}
        </fieldset>
      )}
      <button type="submit" className="govuk-button" aria-disabled={submitting || undefined}>
        Post update
      </button>
    </form>
  );
}

function measureHint(measure: Measure): string | undefined {
  const parts = [
    measure.latestValue !== null && `Last reported: ${measure.latestValue}`,
    measure.target !== null && `Target: ${measure.target}`,
  ].filter(Boolean);
  return parts.length ? parts.join('. ') : undefined;
}
