import { ACTION_STATUS_LABELS, type BodySummary, type PartnerSummary, type PersonRef, type PriorityRef, type Segment } from '@steerline/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import '../actions.css';
import {
  EDITABLE_STATUSES,
  emptyMeasure,
  emptyMilestone,
  rowFieldId,
  type ActionFormValues,
  type MeasureRow,
  type MilestoneRow,
} from './action-form-values';
import { Checkboxes, DATE_HINT, ErrorMessage, Radios } from './fields';
import type { FormErrors } from '../../../lib/form-errors';

export interface ActionFormOptions {
  priorities: PriorityRef[];
  people: PersonRef[];
  /** Only the bodies the user may place an action in. */
  bodies: Pick<BodySummary, 'id' | 'name'>[];
  partners: Pick<PartnerSummary, 'id' | 'name'>[];
  segments: Pick<Segment, 'id' | 'name' | 'veryLowPropensity'>[];
}

interface ActionFormProps {
  mode: 'create' | 'edit';
  initialValues: ActionFormValues;
  options: ActionFormOptions;
  errors?: FormErrors;
  submitting: boolean;
  onSubmit: (values: ActionFormValues) => void;
}

type Setter = <K extends keyof ActionFormValues>(field: K, value: ActionFormValues[K]) => void;

/**
 * The create and edit form of an action. It keeps what the user typed until it is unmounted; to load other values
 * (the latest version after a conflict), mount it anew with a new key.
 */
export function ActionForm({ mode, initialValues, options, errors, submitting, onSubmit }: ActionFormProps) {
  const [values, setValues] = useState(initialValues);
  // A new object for every request, so asking for the same element twice still moves focus.
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  const set: Setter = (field, value) => setValues((current) => ({ ...current, [field]: value }));
  const error = (key: string) => errors?.fields[key];

  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting) onSubmit(values);
  };

  const updateMilestone = (index: number, change: Partial<MilestoneRow>) =>
    set('milestones', values.milestones.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const updateMeasure = (index: number, change: Partial<MeasureRow>) =>
    set('measures', values.measures.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const addMilestone = () => {
    set('milestones', [...values.milestones, emptyMilestone()]);
    setFocusRequest({ id: rowFieldId('milestones', values.milestones.length, 'title') });
  };
  const removeMilestone = (index: number) => {
    set('milestones', values.milestones.filter((_, i) => i !== index));
    setFocusRequest({ id: 'add-milestone' });
  };
  const addMeasure = () => {
    set('measures', [...values.measures, emptyMeasure()]);
    setFocusRequest({ id: rowFieldId('measures', values.measures.length, 'name') });
  };
  const removeMeasure = (index: number) => {
    set('measures', values.measures.filter((_, i) => i !== index));
    setFocusRequest({ id: 'add-measure' });
  };

  return (
    <form noValidate onSubmit={submit}>
      <TextInput id="title" name="title" label="Title" value={values.title} onChange={(e) => set('title', e.target.value)} error={error('title')} />
      <Textarea
        id="description"
        name="description"
        label="Description"
        hint="What the action will do, with whom, and for whom"
        value={values.description}
        onChange={(e) => set('description', e.target.value)}
        error={error('description')}
      />
      <Radios
        id="priorityId"
        name="priorityId"
        legend="Priority"
        hint="The strategy priority this action serves"
        small
        choices={options.priorities.map((priority) => ({ value: priority.id, text: `${priority.number}. ${priority.title}` }))}
        value={values.priorityId}
        onChange={(value) => set('priorityId', value)}
        error={error('priorityId')}
      />
      <Select
        id="ownerId"
        name="ownerId"
        label="Lead owner"
        options={[{ value: '', text: 'Choose the lead owner' }, ...options.people.map((person) => ({ value: person.id, text: person.name }))]}
        value={values.ownerId}
        onChange={(e) => set('ownerId', e.target.value)}
        error={error('ownerId')}
      />
      <Select
        id="owningBodyId"
        name="owningBodyId"
        label="Owning body"
        hint={options.bodies.length === 1 ? 'You can only choose a governance body you are a member of' : 'The governance body that owns the action'}
        options={[
          ...(options.bodies.length === 1 ? [] : [{ value: '', text: 'Choose the owning body' }]),
          ...options.bodies.map((body) => ({ value: body.id, text: body.name })),
        ]}
        value={values.owningBodyId}
        onChange={(e) => set('owningBodyId', e.target.value)}
        error={error('owningBodyId')}
      />
      <Checkboxes
        id="partnerIds"
        name="partnerIds"
        legend="Partners"
        hint="Select all partner organisations that work on the action"
        small
        choices={options.partners.map((partner) => ({ value: partner.id, text: partner.name }))}
        values={values.partnerIds}
        onChange={(ids) => set('partnerIds', ids)}
        error={error('partnerIds')}
      />
      <Checkboxes
        id="segmentIds"
        name="segmentIds"
        legend="Target population segments"
        hint="Select all groups of residents the action is for"
        small
        choices={options.segments.map((segment) => ({
          value: segment.id,
          text: segment.name,
          hint: segment.veryLowPropensity ? 'Very low propensity to self-serve' : undefined,
        }))}
        values={values.segmentIds}
        onChange={(ids) => set('segmentIds', ids)}
        error={error('segmentIds')}
      />
      <TextInput
        id="startDate"
        name="startDate"
        label="Start date (optional)"
        hint={DATE_HINT}
        autoComplete="off"
        spellCheck={false}
        value={values.startDate}
        onChange={(e) => set('startDate', e.target.value)}
        error={error('startDate')}
      />
      <TextInput
        id="dueDate"
        name="dueDate"
        label="Due date (optional)"
        hint={DATE_HINT}
        autoComplete="off"
        spellCheck={false}
        value={values.dueDate}
        onChange={(e) => set('dueDate', e.target.value)}
        error={error('dueDate')}
      />
      {mode === 'edit' && (
        <Radios
          id="status"
          name="status"
          legend="Status"
          hint="A progress update also sets the status. To cancel the action, use Cancel action on the action's page."
          small
          choices={EDITABLE_STATUSES.map((status) => ({ value: status, text: ACTION_STATUS_LABELS[status] }))}
          value={values.status}
          onChange={(value) => set('status', value as ActionFormValues['status'])}
          error={error('status')}
        />
      )}

      <section id="milestones" tabIndex={-1} aria-labelledby="milestones-heading" className={error('milestones') ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <h2 className="govuk-heading-m" id="milestones-heading">
          Milestones
        </h2>
        <ErrorMessage id="milestones" error={error('milestones')} />
        {values.milestones.length === 0 && <p className="govuk-body">No milestones yet.</p>}
        {values.milestones.map((row, index) => (
          <fieldset key={row.key} className="govuk-fieldset app-repeated-row">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Milestone {index + 1}</legend>
            <TextInput
              id={rowFieldId('milestones', index, 'title')}
              label="Milestone title"
              value={row.title}
              onChange={(e) => updateMilestone(index, { title: e.target.value })}
              error={error(rowFieldId('milestones', index, 'title'))}
            />
            <TextInput
              id={rowFieldId('milestones', index, 'dueDate')}
              label="Milestone due date"
              hint={DATE_HINT}
              autoComplete="off"
              spellCheck={false}
              value={row.dueDate}
              onChange={(e) => updateMilestone(index, { dueDate: e.target.value })}
              error={error(rowFieldId('milestones', index, 'dueDate'))}
            />
            <TextInput
              id={rowFieldId('milestones', index, 'doneDate')}
              label="Date done (optional)"
              hint={`Leave blank if it is not done. ${DATE_HINT}`}
              autoComplete="off"
              spellCheck={false}
              value={row.doneDate}
              onChange={(e) => updateMilestone(index, { doneDate: e.target.value })}
              error={error(rowFieldId('milestones', index, 'doneDate'))}
            />
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => removeMilestone(index)}>
              Remove<span className="govuk-visually-hidden"> milestone {index + 1}</span>
            </button>
          </fieldset>
        ))}
        <button type="button" id="add-milestone" className="govuk-button govuk-button--secondary" onClick={addMilestone}>
          {values.milestones.length === 0 ? 'Add a milestone' : 'Add another milestone'}
        </button>
      </section>

      <section id="measures" tabIndex={-1} aria-labelledby="measures-heading" className={error('measures') ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <h2 className="govuk-heading-m" id="measures-heading">
          Measures
        </h2>
        <ErrorMessage id="measures" error={error('measures')} />
        {values.measures.length === 0 && <p className="govuk-body">No measures yet.</p>}
        {values.measures.map((row, index) => (
          <fieldset key={row.key} className="govuk-fieldset app-repeated-row">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Measure {index + 1}</legend>
            <TextInput
              id={rowFieldId('measures', index, 'name')}
              label="Measure name"
              hint="For example, people helped at drop-ins"
              value={row.name}
              onChange={(e) => updateMeasure(index, { name: e.target.value })}
              error={error(rowFieldId('measures', index, 'name'))}
            />
            <TextInput
              id={rowFieldId('measures', index, 'unit')}
              label="Unit (optional)"
              hint="For example, people"
              value={row.unit}
              onChange={(e) => updateMeasure(index, { unit: e.target.value })}
              error={error(rowFieldId('measures', index, 'unit'))}
            />
            <TextInput
              id={rowFieldId('measures', index, 'baseline')}
              label="Baseline (optional)"
              inputMode="decimal"
              spellCheck={false}
              value={row.baseline}
              onChange={(e) => updateMeasure(index, { baseline: e.target.value })}
              error={error(rowFieldId('measures', index, 'baseline'))}
            />
            <TextInput
              id={rowFieldId('measures', index, 'target')}
              label="Target (optional)"
              inputMode="decimal"
              spellCheck={false}
              value={row.target}
              onChange={(e) => updateMeasure(index, { target: e.target.value })}
              error={error(rowFieldId('measures', index, 'target'))}
            />
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => removeMeasure(index)}>
              Remove<span className="govuk-visually-hidden"> measure {index + 1}</span>
            </button>
          </fieldset>
        ))}
        <button type="button" id="add-measure" className="govuk-button govuk-button--secondary" onClick={addMeasure}>
          {values.measures.length === 0 ? 'Add a measure' : 'Add another measure'}
        </button>
      </section>

      <button type="submit" className="govuk-button" aria-disabled={submitting || undefined}>
        {mode === 'create' ? 'Create action' : 'Save changes'}
      </button>
    </form>
  );
}
