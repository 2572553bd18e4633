import { ACTION_STATUS_LABELS, RAG_LABELS, type ActionHistoryEntry, type ActionStatus, type Rag } from '@steerline/contracts';
import { formatDate } from '../../../lib/format-date';

const LABELS: Record<string, string> = {
  reference: 'Reference',
  title: 'Title',
  description: 'Description',
  priority: 'Priority',
  owner: 'Lead owner',
  owningBody: 'Owning body',
  partners: 'Partners',
  segments: 'Target population segments',
  startDate: 'Start date',
  dueDate: 'Due date',
  status: 'Status',
  rag: 'RAG rating',
  percentComplete: '% complete',
  milestones: 'Milestones',
  measures: 'Measures',
  cancelledReason: 'Reason for cancelling',
  commentary: 'Commentary',
  problem: 'What is wrong',
  correctiveAction: 'What is being done about it',
  revisedDate: 'Revised date',
  measureValues: 'Measure values',
  blockedBy: 'Blocked by',
  amendmentReason: 'Amended at review sign-off, because',
};

/** Fields of the record that say nothing to a reader (ids of the record itself). */
const HIDDEN = new Set(['id', 'actionId']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Shape = Record<string, unknown>;
const isShape = (value: unknown): value is Shape => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One audited value as words: references by name, dates the GOV.UK way, statuses and RAG by their labels. */
export function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'None';
  if (field === 'status' && typeof value === 'string') return ACTION_STATUS_LABELS[value as ActionStatus] ?? value;
  if (field === 'rag' && typeof value === 'string') return RAG_LABELS[value as Rag] ?? value;
  if (field === 'percentComplete' && typeof value === 'number') return `${value}%`;
  if (typeof value === 'string') return DATE.test(value) ? formatDate(value) : `“${value}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'None' : value.map((item) => itemText(item)).join('; ');
  if (isShape(value)) return itemText(value);
  return String(value);
}

function itemText(item: unknown): string {
  if (!isShape(item)) return valueText('', item);
  if (typeof item.name === 'string') return item.name;
  if (typeof item.number === 'number') return `Priority ${item.number}`;
  if (typeof item.measureName === 'string') return `${item.measureName}: ${String(item.value)}`;
  if (typeof item.title === 'string') {
    const due = typeof item.dueDate === 'string' ? `, due ${formatDate(item.dueDate)}` : '';
    const done = typeof item.doneDate === 'string' ? `, done ${formatDate(item.doneDate)}` : '';
    return `${item.title}${due}${done}`;
  }
  return JSON.stringify(item);
}

export interface ChangeLine {
  field: string;
  label: string;
  /** Absent when the field had no value before (e.g. on creation). */
  before?: string;
  after: string;
}

const FIELD_ORDER = Object.keys(LABELS);
const position = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);
const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** The fields an entry changed, in the order the action page shows them; on creation, only the fields given a value. */
export function describeChange(entry: ActionHistoryEntry): ChangeLine[] {
  return Object.entries(entry.changes ?? {})
    .filter(([field, { before, after }]) => !HIDDEN.has(field) && !(isEmpty(before) && isEmpty(after)))
    .sort(([a], [b]) => position(a) - position(b))
    .map(([field, { before, after }]) => ({
      field,
      label: LABELS[field] ?? field,
      before: before === null || before === undefined ? undefined : valueText(field, before),
      after: valueText(field, after),
    }));
}

const OPERATIONS: Record<string, string> = { create: 'Created', edit: 'Edited', cancel: 'Cancelled', import: 'Imported' };

/** The heading of one history entry, e.g. "Progress update posted" or "Edited". */
export function describeEntry(entry: ActionHistoryEntry): string {
  if (entry.entityType === 'progress_update') return entry.operation === 'create' ? 'Progress update posted' : 'Progress update changed';
  return OPERATIONS[entry.operation] ?? entry.operation;
}
