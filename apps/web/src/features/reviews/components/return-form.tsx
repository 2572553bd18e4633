import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  AMENDMENT_KINDS,
  AMENDMENT_KIND_LABELS,
  RAGS,
  RAG_LABELS,
  type ReturnMeasureValue,
} from '@steerline/contracts';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import type { FormErrors } from '../../../lib/form-errors';
import { DATE_HINT } from '../format';
import {
  amendmentInputId,
  measureInputId,
  needsReason,
  newAmendmentRow,
  type AmendmentRow,
  type ReturnFormValues,
} from '../return-form-values';
import { RadioGroup } from '../../../components/choices';

export type ReturnIntent = 'save' | 'submit';

interface ReturnFormProps {
  initial: ReturnFormValues;
  measures: ReturnMeasureValue[];
  errors?: FormErrors<string>;
  submitting: boolean;
  onSubmit: (values: ReturnFormValues, intent: ReturnIntent) => void;
}

const RAG_HINTS: Partial<Record<string, string>> = {
  red: 'Will not be delivered as planned without a decision or help',
  amber: 'At risk, but the owner can bring it back on track',
  green: 'On track',
};

/** The owner's return: status, RAG (with reason when amber or red), narrative, next steps, measures and amendments. */
export function ReturnForm({ initial, measures, errors, submitting, onSubmit }: ReturnFormProps) {
  const [values, setValues] = useState(initial);
  const intent = useRef<ReturnIntent>('submit');
  const focusRow = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const set = <K extends keyof ReturnFormValues>(field: K, value: ReturnFormValues[K]) => setValues((current) => ({ ...current, [field]: value }));
  const error = (field: string) => errors?.fields[field];

  useEffect(() => {
    if (focusRow.current === null) return;
    const index = focusRow.current;
    focusRow.current = null;
    if (index < 0) addButton.current?.focus();
    else document.getElementById(amendmentInputId(index, 'kind'))?.focus();
  }, [values.amendments.length]);

  const setRow = (index: number, change: Partial<AmendmentRow>) =>
    set(
      'amendments',
      values.amendments.map((row, i) => (i === index ? { ...row, ...change } : row)),
    );
  const addRow = () => {
    focusRow.current = values.amendments.length;
    set('amendments', [...values.amendments, newAmendmentRow()]);
  };
  const removeRow = (index: number) => {
    focusRow.current = values.amendments.length > 1 ? Math.max(0, index - 1) : -1;
    set(
      'amendments',
      values.amendments.filter((_, i) => i !== index),
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting) onSubmit(values, intent.current);
  };

  return (
    <form noValidate onSubmit={submit}>
      <RadioGroup
        id="actionStatus"
        name="actionStatus"
        legend="Status of the action at the end of the period"
        error={error('actionStatus')}
        choices={ACTION_STATUSES.map((status) => ({ value: status, text: ACTION_STATUS_LABELS[status] }))}
        value={values.actionStatus}
        onChange={(value) => set('actionStatus', value as ReturnFormValues['actionStatus'])}
      />
      <RadioGroup
        id="rag"
        name="rag"
        legend="RAG rating"
        hint="If you choose amber or red, say why and what is being done about it"
        error={error('rag')}
        choices={RAGS.map((rag) => ({ value: rag, text: RAG_LABELS[rag], hint: RAG_HINTS[rag] }))}
        value={values.rag}
        onChange={(value) => set('rag', value as ReturnFormValues['rag'])}
      />
      {needsReason(values.rag) && (
        <fieldset className="govuk-fieldset app-review-conditional govuk-!-margin-bottom-6">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Why the action is {values.rag === 'red' ? 'red' : 'amber'}</legend>
          <Textarea id="ragReason" name="ragReason" label="Reason" rows={3} value={values.ragReason} onChange={(e) => set('ragReason', e.target.value)} error={error('ragReason')} />
          <Textarea
            id="correctiveAction"
            name="correctiveAction"
            label="Corrective action"
            hint="What is being done to bring it back on track"
            rows={3}
            value={values.correctiveAction}
            onChange={(e) => set('correctiveAction', e.target.value)}
            error={error('correctiveAction')}
          />
          <TextInput
            id="revisedDate"
            name="revisedDate"
            label="Revised date (optional)"
            hint={`When it is now expected to be delivered. ${DATE_HINT}`}
            autoComplete="off"
            spellCheck={false}
            value={values.revisedDate}
            onChange={(e) => set('revisedDate', e.target.value)}
            error={error('revisedDate')}
          />
        </fieldset>
      )}
      <Textarea
        id="narrative"
        name="narrative"
        label="Progress in the period"
        hint="What was done and what difference it made"
        rows={6}
        value={values.narrative}
        onChange={(e) => set('narrative', e.target.value)}
        error={error('narrative')}
      />
      <Textarea id="nextSteps" name="nextSteps" label="Next steps" rows={4} value={values.nextSteps} onChange={(e) => set('nextSteps', e.target.value)} error={error('nextSteps')} />

      {measures.length > 0 && (
        <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Measures at the end of the period</legend>
          {measures.map((measure, index) => (
            <TextInput
              key={measure.measureId}
              id={measureInputId(measure.measureId)}
              name={`measure-${measure.measureId}`}
              label={`${measure.name} (${measure.unit})`}
              hint={measure.target === null ? 'No target set' : `Target: ${measure.target} ${measure.unit}`}
              inputMode="decimal"
              spellCheck={false}
              value={values.measures[measure.measureId] ?? ''}
              onChange={(e) => set('measures', { ...values.measures, [measure.measureId]: e.target.value })}
              error={error(`measureValues.${index}.value`) ?? error(`measureValues.${index}`)}
            />
          ))}
        </fieldset>
      )}

      <h2 className="govuk-heading-m">Proposed amendments</h2>
      <p className="govuk-body">
        Propose a change to the action, for example to reflect new central government guidance. The board checks it; it is applied when the cycle is
        signed off.
      </p>
      {values.amendments.length === 0 && <p className="govuk-body">No amendments proposed.</p>}
      {values.amendments.map((row, index) => (
        <fieldset key={row.key} className="govuk-fieldset app-review-amendment">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Amendment {index + 1}</legend>
          <Select
            id={amendmentInputId(index, 'kind')}
            name={`amendment-${index + 1}-kind`}
            label="Kind of change"
            options={[
              { value: '', text: 'Choose a kind of change' },
              // A measure's target can only change on an action that has measures.
              ...AMENDMENT_KINDS.filter((kind) => kind !== 'measure_target' || measures.length > 0 || row.kind === kind).map((kind) => ({
                value: kind,
                text: AMENDMENT_KIND_LABELS[kind],
              })),
            ]}
            value={row.kind}
            onChange={(e) => setRow(index, { kind: e.target.value as AmendmentRow['kind'] })}
            error={error(`amendments.${index}.kind`) ?? error(`amendments.${index}`)}
          />
          {row.kind === 'due_date' && (
            <TextInput
              id={amendmentInputId(index, 'newDueDate')}
              name={`amendment-${index + 1}-newDueDate`}
              label="New due date"
              hint={DATE_HINT}
              autoComplete="off"
              spellCheck={false}
              value={row.newDueDate}
              onChange={(e) => setRow(index, { newDueDate: e.target.value })}
              error={error(`amendments.${index}.newDueDate`)}
            />
          )}
          {row.kind === 'scope' && (
            <Textarea
              id={amendmentInputId(index, 'newScope')}
              name={`amendment-${index + 1}-newScope`}
              label="New scope"
              hint="The action's description as it should read"
              rows={3}
              value={row.newScope}
              onChange={(e) => setRow(index, { newScope: e.target.value })}
              error={error(`amendments.${index}.newScope`)}
            />
          )}
          {row.kind === 'measure_target' && (
            <>
              <Select
                id={amendmentInputId(index, 'measureId')}
                name={`amendment-${index + 1}-measureId`}
                label="Measure"
                options={[{ value: '', text: 'Choose a measure' }, ...measures.map((measure) => ({ value: measure.measureId, text: measure.name }))]}
                value={row.measureId}
                onChange={(e) => setRow(index, { measureId: e.target.value })}
                error={error(`amendments.${index}.measureId`)}
              />
              <TextInput
                id={amendmentInputId(index, 'newTarget')}
                name={`amendment-${index + 1}-newTarget`}
                label="New target"
                inputMode="decimal"
                spellCheck={false}
                value={row.newTarget}
                onChange={(e) => setRow(index, { newTarget: e.target.value })}
                error={error(`amendments.${index}.newTarget`)}
              />
            </>
          )}
          <Textarea
            id={amendmentInputId(index, 'reason')}
            name={`amendment-${index + 1}-reason`}
            label="Reason for the change"
            hint="For example, a change in central government guidance"
            rows={3}
            value={row.reason}
            onChange={(e) => setRow(index, { reason: e.target.value })}
            error={error(`amendments.${index}.reason`)}
          />
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => removeRow(index)}>
            Remove amendment {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="govuk-button govuk-button--secondary" ref={addButton} onClick={addRow}>
        {values.amendments.length === 0 ? 'Propose an amendment' : 'Propose another amendment'}
      </button>

      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={submitting || undefined} onClick={() => {
            intent.current = 'submit';
          }}>
          Submit return
        </button>
        <button type="submit" className="govuk-button govuk-button--secondary" aria-disabled={submitting || undefined} onClick={() => {
            intent.current = 'save';
          }}>
          Save draft
        </button>
      </div>
    </form>
  );
}
