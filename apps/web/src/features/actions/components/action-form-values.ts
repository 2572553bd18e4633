import {
  ACTION_STATUS_LABELS,
  RAG_LABELS,
  type ActionDetail,
  type ActionStatus,
  type CreateActionRequest,
  type MeasureInput,
  type MilestoneInput,
  type UpdateActionRequest,
} from '@steerline/contracts';
import type { FieldLocation } from '../../../lib/form-errors';

export type EditableStatus = Exclude<ActionStatus, 'cancelled'>;
export const EDITABLE_STATUSES: readonly EditableStatus[] = ['not_started', 'in_progress', 'complete'];

export interface MilestoneRow {
  /** React key: the milestone's id, or a made-up one for a row not saved yet. */
  key: string;
  id?: string;
  title: string;
  dueDate: string;
  doneDate: string;
}

export interface MeasureRow {
  key: string;
  id?: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
}

/** What the create and edit forms hold: every field as the user typed it. */
export interface ActionFormValues {
  title: string;
  description: string;
  priorityId: string;
  ownerId: string;
  owningBodyId: string;
  partnerIds: string[];
  segmentIds: string[];
  startDate: string;
  dueDate: string;
  /** Edit only. */
  status: EditableStatus | '';
  milestones: MilestoneRow[];
  measures: MeasureRow[];
}

let rowCount = 0;
/** A key for a row the user adds; unique for the life of the page. */
export const newRowKey = () => `new-${++rowCount}`;

export const emptyMilestone = (): MilestoneRow => ({ key: newRowKey(), title: '', dueDate: '', doneDate: '' });
export const emptyMeasure = (): MeasureRow => ({ key: newRowKey(), name: '', unit: '', baseline: '', target: '' });

export function emptyActionForm(defaults: Partial<Pick<ActionFormValues, 'ownerId' | 'owningBodyId'>> = {}): ActionFormValues {
  return {
    title: '',
    description: '',
    priorityId: '',
    ownerId: defaults.ownerId ?? '',
    owningBodyId: defaults.owningBodyId ?? '',
    partnerIds: [],
    segmentIds: [],
    startDate: '',
    dueDate: '',
    status: '',
    milestones: [],
    measures: [],
  };
}

const numberText = (value: number | null) => (value === null ? '' : String(value));

export function actionFormFromDetail(action: ActionDetail): ActionFormValues {
  return {
    title: action.title,
    description: action.description,
    priorityId: action.priority.id,
    ownerId: action.owner.id,
    owningBodyId: action.owningBody.id,
    partnerIds: action.partners.map((partner) => partner.id),
    segmentIds: action.segments.map((segment) => segment.id),
    startDate: action.startDate ?? '',
    dueDate: action.dueDate ?? '',
    status: action.status === 'cancelled' ? '' : action.status,
    milestones: action.milestones.map(({ id, title, dueDate, doneDate }) => ({ key: id, id, title, dueDate, doneDate: doneDate ?? '' })),
    measures: action.measures.map(({ id, name, unit, baseline, target }) => ({
      key: id,
      id,
      name,
      unit,
      baseline: numberText(baseline),
      target: numberText(target),
    })),
  };
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A number field as the API takes it: blank is "not set"; a number is sent as one; anything else is sent as typed,
 * so the API (which decides what is valid) answers with the field's error instead of the form guessing.
 */
export function numberOrAsTyped(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  return NUMBER.test(trimmed) ? Number(trimmed) : (text as unknown as number);
}

const dateOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

function milestoneInputs(rows: MilestoneRow[]): MilestoneInput[] {
  return rows.map((row) => ({
    ...(row.id ? { id: row.id } : {}),
    title: row.title,
    dueDate: row.dueDate.trim(),
    doneDate: dateOrNull(row.doneDate),
  }));
}

function measureInputs(rows: MeasureRow[]): MeasureInput[] {
  return rows.map((row) => ({
    ...(row.id ? { id: row.id } : {}),
    name: row.name,
    unit: row.unit,
    baseline: numberOrAsTyped(row.baseline),
    target: numberOrAsTyped(row.target),
  }));
}

export function toCreateRequest(values: ActionFormValues): CreateActionRequest {
  return {
    title: values.title,
    description: values.description,
    priorityId: values.priorityId,
    ownerId: values.ownerId,
    owningBodyId: values.owningBodyId,
    partnerIds: values.partnerIds,
    segmentIds: values.segmentIds,
    startDate: dateOrNull(values.startDate),
    dueDate: dateOrNull(values.dueDate),
    milestones: milestoneInputs(values.milestones),
    measures: measureInputs(values.measures),
  };
}

/** The whole form is sent with the version it was loaded at, so a change someone made since is refused, not overwritten. */
export function toUpdateRequest(values: ActionFormValues, version: number): UpdateActionRequest {
  return { ...toCreateRequest(values), version, ...(values.status ? { status: values.status } : {}) };
}

// --- Errors -----------------------------------------------------------------------------------------------------

/** Labels of the form's fields, as the API names them. */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  priorityId: 'Priority',
  ownerId: 'Lead owner',
  owningBodyId: 'Owning body',
  partnerIds: 'Partners',
  segmentIds: 'Target population segments',
  startDate: 'Start date',
  dueDate: 'Due date',
  status: 'Status',
  milestones: 'Milestones',
  measures: 'Measures',
};

const ROW_FIELD_LABELS: Record<'milestones' | 'measures', Record<string, string>> = {
  milestones: { title: 'Title', dueDate: 'Due date', doneDate: 'Date done' },
  measures: { name: 'Name', unit: 'Unit', baseline: 'Baseline', target: 'Target' },
};
const ROW_NAMES = { milestones: 'Milestone', measures: 'Measure' } as const;

/** The id of a row's input, e.g. `milestones-0-dueDate`. */
export const rowFieldId = (list: 'milestones' | 'measures', index: number, field: string) => `${list}-${index}-${field}`;

/** Where an API field name (such as `milestones.0.dueDate`) lives in the form. */
export function locateField(apiField: string): FieldLocation {
  const [head, index, property] = apiField.split('.');
  if ((head === 'milestones' || head === 'measures') && index !== undefined && /^\d+$/.test(index)) {
    const labels = ROW_FIELD_LABELS[head];
    const row = Number(index);
    // An error about the row itself (e.g. an unknown id) is shown on its first field.
    const field = property && labels[property] ? property : Object.keys(labels)[0];
    const inputId = rowFieldId(head, row, field);
    return { inputId, key: inputId, context: `${ROW_NAMES[head]} ${row + 1}`, property: field, label: labels[field] };
  }
  if (FIELD_LABELS[head] && index === undefined) return { inputId: head, key: head, property: head, label: FIELD_LABELS[head] };
  if (FIELD_LABELS[head]) return { inputId: head, key: head };
  return { key: apiField };
}

/** The order of the form's inputs, so the error summary lists problems top to bottom. */
export function inputOrder(rows: { milestones: number; measures: number }): (inputId: string) => number {
  const range = (count: number) => Array.from({ length: count }, (_, row) => row);
  const ids = [
    ...Object.keys(FIELD_LABELS).filter((field) => field !== 'milestones' && field !== 'measures'),
    'milestones',
    ...range(rows.milestones).flatMap((row) => Object.keys(ROW_FIELD_LABELS.milestones).map((field) => rowFieldId('milestones', row, field))),
    'measures',
    ...range(rows.measures).flatMap((row) => Object.keys(ROW_FIELD_LABELS.measures).map((field) => rowFieldId('measures', row, field))),
  ];
  return (inputId) => {
    const position = ids.indexOf(inputId);
    return position === -1 ? ids.length : position;
  };
}

// --- What someone else changed ----------------------------------------------------------------------------------

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ids = (refs: { id: string }[]) => refs.map((ref) => ref.id).sort();
const names = (refs: { name: string }[]) => (refs.length ? refs.map((ref) => ref.name).join(', ') : 'None');

export interface OtherChange {
  label: string;
  /** The value now saved, as text. */
  now: string;
}

/** What changed between the version the form was loaded at and the one saved now, for the "someone else changed this" message. */
export function changesSince(base: ActionDetail, current: ActionDetail): OtherChange[] {
  const changes: OtherChange[] = [];
  const add = (changed: boolean, label: string, now: string) => changed && changes.push({ label, now });
  add(base.title !== current.title, 'Title', current.title);
  add(base.description !== current.description, 'Description', current.description || 'None');
  add(base.priority.id !== current.priority.id, 'Priority', `${current.priority.number}. ${current.priority.title}`);
  add(base.owner.id !== current.owner.id, 'Lead owner', current.owner.name);
  add(base.owningBody.id !== current.owningBody.id, 'Owning body', current.owningBody.name);
  add(!same(ids(base.partners), ids(current.partners)), 'Partners', names(current.partners));
  add(!same(ids(base.segments), ids(current.segments)), 'Target population segments', names(current.segments));
  add(base.startDate !== current.startDate, 'Start date', current.startDate ?? 'Not set');
  add(base.dueDate !== current.dueDate, 'Due date', current.dueDate ?? 'Not set');
  add(base.status !== current.status, 'Status', ACTION_STATUS_LABELS[current.status]);
  add(base.rag !== current.rag, 'RAG rating', RAG_LABELS[current.rag]);
  add(base.percentComplete !== current.percentComplete, '% complete', `${current.percentComplete}%`);
  add(!same(base.milestones, current.milestones), 'Milestones', current.milestones.map((m) => m.title).join(', ') || 'None');
  const measureShape = (action: ActionDetail) => action.measures.map(({ id, name, unit, baseline, target }) => ({ id, name, unit, baseline, target }));
  add(!same(measureShape(base), measureShape(current)), 'Measures', current.measures.map((m) => m.name).join(', ') || 'None');
  return changes;
}
