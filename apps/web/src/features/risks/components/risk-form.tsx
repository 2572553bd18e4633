import {
  type CreateRiskRequest, IMPACT_LABELS, LIKELIHOOD_LABELS, type RiskDetail, RISK_RATINGS, RISK_SCORES, type UpdateRiskRequest,
} from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { CheckboxGroup, RadioGroup } from '../../../components/choices';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import type { FormErrors } from '../../../lib/form-errors';
import { usePeople, usePriorities } from '../../../lib/lookups/lookups';
import { useLinkableActions } from '../api/get-linkable-actions';

export const DATE_HINT = 'For example, 2027-03-31';

/** The API fields of the form, in form order, with their inputs and labels (for the error summary). */
export const RISK_FIELDS = {
  title: { inputId: 'title', label: 'Title' },
  cause: { inputId: 'cause', label: 'Cause' },
  effect: { inputId: 'effect', label: 'Effect' },
  ownerId: { inputId: 'ownerId', label: 'Risk owner' },
  likelihood: { inputId: 'likelihood', label: 'Likelihood' },
  impact: { inputId: 'impact', label: 'Impact' },
  targetScore: { inputId: 'targetScore', label: 'Target score' },
  reviewDate: { inputId: 'reviewDate', label: 'Review date' },
  actionIds: { inputId: 'actionIds', label: 'Linked actions' },
  priorityIds: { inputId: 'priorityIds', label: 'Priorities' },
};

export interface RiskFormValues {
  title: string;
  cause: string;
  effect: string;
  ownerId: string;
  likelihood: string;
  impact: string;
  targetScore: string;
  reviewDate: string;
  actionIds: string[];
  priorityIds: string[];
}

export const emptyRiskValues = (): RiskFormValues => ({
  title: '', cause: '', effect: '', ownerId: '', likelihood: '', impact: '', targetScore: '', reviewDate: '', actionIds: [], priorityIds: [],
});

export const riskValuesOf = (risk: RiskDetail): RiskFormValues => ({
  title: risk.title, cause: risk.cause, effect: risk.effect, ownerId: risk.owner.id, likelihood: String(risk.likelihood), impact: String(risk.impact),
  targetScore: String(risk.targetScore), reviewDate: risk.reviewDate, actionIds: risk.actions.map((a) => a.id), priorityIds: risk.priorities.map((p) => p.id),
});

/** A blank choice is sent as it is (an empty string or NaN), so the API names the field in its answer. */
const numberOrBlank = (value: string) => (value === '' ? (undefined as unknown as number) : Number(value));

export function toCreateRiskRequest(values: RiskFormValues): CreateRiskRequest {
  return {
    title: values.title.trim(), cause: values.cause.trim(), effect: values.effect.trim(), ownerId: values.ownerId,
    likelihood: numberOrBlank(values.likelihood), impact: numberOrBlank(values.impact), targetScore: numberOrBlank(values.targetScore),
    reviewDate: values.reviewDate.trim(), actionIds: values.actionIds, priorityIds: values.priorityIds,
  };
}

/** Only what changed, with the version it was based on; likelihood and impact change by a review instead. */
export function toUpdateRiskRequest(values: RiskFormValues, risk: RiskDetail): UpdateRiskRequest {
  const was = riskValuesOf(risk);
  const request: UpdateRiskRequest = { version: risk.version };
  if (values.title.trim() !== was.title) request.title = values.title.trim();
  if (values.cause.trim() !== was.cause) request.cause = values.cause.trim();
  if (values.effect.trim() !== was.effect) request.effect = values.effect.trim();
  if (values.ownerId !== was.ownerId) request.ownerId = values.ownerId;
  if (values.targetScore !== was.targetScore) request.targetScore = numberOrBlank(values.targetScore);
  if (values.reviewDate.trim() !== was.reviewDate) request.reviewDate = values.reviewDate.trim();
  if ([...values.actionIds].sort().join() !== [...was.actionIds].sort().join()) request.actionIds = values.actionIds;
  if ([...values.priorityIds].sort().join() !== [...was.priorityIds].sort().join()) request.priorityIds = values.priorityIds;
  return request;
}

interface RiskFormProps {
  initial: RiskFormValues;
  /** On edit, likelihood and impact are not asked: a review changes them. */
  mode: 'create' | 'edit';
  errors?: FormErrors;
  submitting: boolean;
  onSubmit: (values: RiskFormValues) => void;
}

export function RiskForm({ initial, mode, errors, submitting, onSubmit }: RiskFormProps) {
  const [values, setValues] = useState(initial);
  const people = usePeople();
  const priorities = usePriorities();
  const actions = useLinkableActions();
  const set = <K extends keyof RiskFormValues>(field: K, value: RiskFormValues[K]) => setValues((current) => ({ ...current, [field]: value }));
  const error = (field: keyof typeof RISK_FIELDS) => errors?.fields[field];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting) onSubmit(values);
  };
  const ratingChoices = (labels: Record<number, string>) => RISK_RATINGS.map((value) => ({ value: String(value), text: `${value} – ${labels[value]}` }));

  return (
    <form noValidate onSubmit={submit}>
      <TextInput id="title" name="title" label="Title" value={values.title} onChange={(e) => set('title', e.target.value)} error={error('title')} />
      <Textarea id="cause" name="cause" label="Cause" hint="What could make it happen" rows={3} value={values.cause} onChange={(e) => set('cause', e.target.value)} error={error('cause')} />
      <Textarea id="effect" name="effect" label="Effect" hint="What would happen to the strategy and the people it serves" rows={3} value={values.effect} onChange={(e) => set('effect', e.target.value)} error={error('effect')} />
      <Select
        id="ownerId"
        name="ownerId"
        label="Risk owner"
        value={values.ownerId}
        onChange={(e) => set('ownerId', e.target.value)}
        error={error('ownerId')}
        options={[{ value: '', text: 'Choose a person' }, ...(people.data ?? []).map((person) => ({ value: person.id, text: person.name }))]}
      />
      {mode === 'create' && (
        <>
          <RadioGroup id="likelihood" name="likelihood" legend="Likelihood" hint="How likely it is to happen, now" small choices={ratingChoices(LIKELIHOOD_LABELS)} value={values.likelihood} onChange={(v) => set('likelihood', v)} error={error('likelihood')} />
          <RadioGroup id="impact" name="impact" legend="Impact" hint="How bad it would be if it happened" small choices={ratingChoices(IMPACT_LABELS)} value={values.impact} onChange={(v) => set('impact', v)} error={error('impact')} />
        </>
      )}
      <Select
        id="targetScore"
        name="targetScore"
        label="Target score"
        hint="The score (likelihood × impact) the mitigations aim for"
        value={values.targetScore}
        onChange={(e) => set('targetScore', e.target.value)}
        error={error('targetScore')}
        options={[{ value: '', text: 'Choose a score' }, ...RISK_SCORES.map((score) => ({ value: String(score), text: String(score) }))]}
      />
      <TextInput id="reviewDate" name="reviewDate" label="Review date" hint={DATE_HINT} width={10} autoComplete="off" spellCheck={false} value={values.reviewDate} onChange={(e) => set('reviewDate', e.target.value)} error={error('reviewDate')} />
      <CheckboxGroup
        id="actionIds"
        name="actionIds"
        legend="Linked actions"
        choices={(actions.data?.items ?? []).map((action) => ({ value: action.id, text: `${action.reference}: ${action.title}` }))}
        values={values.actionIds}
        onChange={(ids) => set('actionIds', ids)}
      />
      <CheckboxGroup
        id="priorityIds"
        name="priorityIds"
        legend="Priorities"
        choices={(priorities.data ?? []).filter((p) => !p.retired || values.priorityIds.includes(p.id)).map((p) => ({ value: p.id, text: `${p.number}. ${p.title}` }))}
        values={values.priorityIds}
        onChange={(ids) => set('priorityIds', ids)}
      />
      <button type="submit" className="govuk-button" aria-disabled={submitting || undefined}>
        {mode === 'create' ? 'Add risk' : 'Save changes'}
      </button>
    </form>
  );
}
