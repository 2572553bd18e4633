import { RAGS_NEEDING_REASON, type CreateProgressUpdateRequest, type Measure, type Rag } from '@steerline/contracts';
import { numberOrAsTyped } from './action-form-values';
import type { FieldLocation } from '../../../lib/form-errors';

export interface ProgressUpdateFormValues {
  rag: Rag | '';
  problem: string;
  correctiveAction: string;
  revisedDate: string;
  commentary: string;
  percentComplete: string;
  /** What the user typed for each measure, by measure id. */
  measureValues: Record<string, string>;
}

export const emptyProgressUpdate = (percentComplete: number): ProgressUpdateFormValues => ({
  rag: '',
  problem: '',
  correctiveAction: '',
  revisedDate: '',
  commentary: '',
  percentComplete: String(percentComplete),
  measureValues: {},
});

export const needsReason = (rag: Rag | '') => rag !== '' && RAGS_NEEDING_REASON.includes(rag);

export const measureInputId = (measureId: string) => `measure-${measureId}`;

export interface PreparedUpdate {
  request: CreateProgressUpdateRequest;
  /** The measure each entry of request.measureValues is for, so an error about `measureValues.1` finds its input. */
  measureIds: string[];
}

/**
 * The request for the API. The reason fields go only with amber and red (they are hidden otherwise); a blank measure
 * value is "not reported this time". Numbers that are not numbers are sent as typed, for the API to refuse.
 */
export function toProgressUpdateRequest(values: ProgressUpdateFormValues, measures: Pick<Measure, 'id'>[]): PreparedUpdate {
  const percent = values.percentComplete.trim();
  const reported = measures.filter((measure) => (values.measureValues[measure.id] ?? '').trim() !== '');
  const request: CreateProgressUpdateRequest = {
    rag: values.rag as Rag,
    commentary: values.commentary,
    percentComplete: /^\d+$/.test(percent) ? Number(percent) : (values.percentComplete as unknown as number),
    measureValues: reported.map((measure) => ({ measureId: measure.id, value: numberOrAsTyped(values.measureValues[measure.id]) as number })),
  };
  if (needsReason(values.rag)) {
    request.problem = values.problem;
    request.correctiveAction = values.correctiveAction;
    if (values.revisedDate.trim() !== '') request.revisedDate = values.revisedDate.trim();
  }
  return { request, measureIds: reported.map((measure) => measure.id) };
}

const FIELDS: Record<string, { label: string; replacement?: string }> = {
  rag: { label: 'RAG rating', replacement: 'Select the RAG rating' },
  problem: { label: 'What is wrong' },
  correctiveAction: { label: 'What is being done about it' },
  revisedDate: { label: 'Revised date' },
  commentary: { label: 'Commentary' },
  percentComplete: { label: '% complete' },
};

export const PROGRESS_FIELD_ORDER = ['rag', 'problem', 'correctiveAction', 'revisedDate', 'commentary', 'percentComplete'];

export function locateProgressField(apiField: string, measureIds: string[], measureNames: Record<string, string>): FieldLocation {
  const [head, index] = apiField.split('.');
  if (head === 'measureValues' && index !== undefined && measureIds[Number(index)]) {
    const measureId = measureIds[Number(index)];
    const inputId = measureInputId(measureId);
    return { inputId, key: inputId, context: measureNames[measureId] };
  }
  const field = FIELDS[head];
  if (!field) return { key: apiField };
  return { inputId: head, key: head, property: head, label: field.label, replacement: field.replacement };
}
