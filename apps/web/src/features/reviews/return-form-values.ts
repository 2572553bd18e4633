import {
  RAGS_NEEDING_REASON,
  type ActionStatus,
  type AmendmentInput,
  type AmendmentKind,
  type Rag,
  type ReviewReturn,
  type SaveReviewReturnRequest,
} from '@steerline/contracts';

export interface AmendmentRow {
  /** Stable React key for the row, never sent. */
  key: number;
  kind: AmendmentKind | '';
  newDueDate: string;
  newScope: string;
  measureId: string;
  newTarget: string;
  reason: string;
}

/** What the return form holds: every field as typed. */
export interface ReturnFormValues {
  actionStatus: ActionStatus | '';
  rag: Rag | '';
  ragReason: string;
  correctiveAction: string;
  revisedDate: string;
  narrative: string;
  nextSteps: string;
  /** By measure id. */
  measures: Record<string, string>;
  amendments: AmendmentRow[];
}

let nextKey = 1;
export const newAmendmentRow = (): AmendmentRow => ({ key: nextKey++, kind: '', newDueDate: '', newScope: '', measureId: '', newTarget: '', reason: '' });

export const needsReason = (rag: Rag | '') => rag !== '' && RAGS_NEEDING_REASON.includes(rag);

export function returnToValues(ret: ReviewReturn): ReturnFormValues {
  return {
    actionStatus: ret.actionStatus ?? '',
    rag: ret.rag ?? '',
    ragReason: ret.ragReason ?? '',
    correctiveAction: ret.correctiveAction ?? '',
    revisedDate: ret.revisedDate ?? '',
    narrative: ret.narrative,
    nextSteps: ret.nextSteps,
    measures: Object.fromEntries(ret.measures.map((measure) => [measure.measureId, measure.value === null ? '' : String(measure.value)])),
    amendments: ret.amendments.map((amendment) => ({
      key: nextKey++,
      kind: amendment.kind,
      newDueDate: amendment.newDueDate ?? '',
      newScope: amendment.newScope ?? '',
      measureId: amendment.measureId ?? '',
      newTarget: amendment.newTarget === null ? '' : String(amendment.newTarget),
      reason: amendment.reason,
    })),
  };
}

/** A number as typed: blank is null, a number is a number, anything else goes as typed for the API to refuse. */
function toNumber(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : (text.trim() as unknown as number);
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function toAmendment(row: AmendmentRow): AmendmentInput {
  const base = { kind: row.kind as AmendmentKind, reason: row.reason.trim() };
  switch (row.kind) {
    case 'due_date':
      return { ...base, newDueDate: orNull(row.newDueDate) };
    case 'scope':
      return { ...base, newScope: orNull(row.newScope) };
    case 'measure_target':
      return { ...base, measureId: orNull(row.measureId), newTarget: toNumber(row.newTarget) };
    default:
      return base;
  }
}

/**
 * The save request for the form. The reason, corrective action and revised date belong to an amber or red rating
 * only, so they are cleared for any other; amendments replace the return's set.
 */
export function valuesToSaveRequest(values: ReturnFormValues, ret: Pick<ReviewReturn, 'version' | 'measures'>): SaveReviewReturnRequest {
  const reasoned = needsReason(values.rag);
  return {
    version: ret.version,
    actionStatus: values.actionStatus === '' ? null : values.actionStatus,
    rag: values.rag === '' ? null : values.rag,
    ragReason: reasoned ? orNull(values.ragReason) : null,
    correctiveAction: reasoned ? orNull(values.correctiveAction) : null,
    revisedDate: reasoned ? orNull(values.revisedDate) : null,
    narrative: values.narrative.trim(),
    nextSteps: values.nextSteps.trim(),
    measureValues: ret.measures.map(({ measureId }) => ({ measureId, value: toNumber(values.measures[measureId] ?? '') })),
    amendments: values.amendments.map(toAmendment),
  };
}

/** The form's field ids by the API's field names, for linking errors; specific names before the general ones. */
export function returnFieldIds(values: ReturnFormValues, measureIds: string[]): Record<string, string> {
  const ids: Record<string, string> = {
    actionStatus: 'actionStatus',
    rag: 'rag',
    ragReason: 'ragReason',
    correctiveAction: 'correctiveAction',
    revisedDate: 'revisedDate',
    narrative: 'narrative',
    nextSteps: 'nextSteps',
  };
  measureIds.forEach((measureId, index) => {
    ids[`measureValues.${index}.value`] = measureInputId(measureId);
    ids[`measureValues.${index}`] = measureInputId(measureId);
  });
  if (measureIds[0]) ids.measureValues = measureInputId(measureIds[0]);
  values.amendments.forEach((_, index) => {
    for (const field of ['kind', 'newDueDate', 'newScope', 'measureId', 'newTarget', 'reason'] as const) ids[`amendments.${index}.${field}`] = amendmentInputId(index, field);
    ids[`amendments.${index}`] = amendmentInputId(index, 'kind');
  });
  if (values.amendments.length > 0) ids.amendments = amendmentInputId(0, 'kind');
  return ids;
}

export const measureInputId = (measureId: string) => `measure-${measureId}`;
export const amendmentInputId = (index: number, field: string) => `amendment-${index + 1}-${field}`;
