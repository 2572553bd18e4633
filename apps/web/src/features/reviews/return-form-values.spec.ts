import type { ReviewReturn } from '@steerline/contracts';
import { describe, expect, it } from 'vitest';
import { describeFormError } from '../../lib/form-errors';
import { ApiError } from '../../lib/api-client';
import { newAmendmentRow, returnFieldIds, returnToValues, valuesToSaveRequest } from './return-form-values';

const saved = {
  id: 'r1',
  actionStatus: 'in_progress',
  rag: 'amber',
  ragReason: 'Supplier closed',
  correctiveAction: 'Use the print unit',
  revisedDate: '2027-02-28',
  narrative: 'Twelve partners signed up.',
  nextSteps: 'Libraries next.',
  measures: [
    { measureId: 'm1', name: 'Cards handed out', unit: 'cards', target: 500, value: 120 },
    { measureId: 'm2', name: 'Partners signed up', unit: 'partners', target: 20, value: null },
  ],
  amendments: [
    { id: 'a1', kind: 'due_date', newDueDate: '2027-03-31', newScope: null, measureId: null, newTarget: null, reason: 'New guidance', appliedAt: null },
  ],
  version: 4,
} as unknown as ReviewReturn;

describe('the return form and its save request', () => {
  it('round-trips a saved return', () => {
    const request = valuesToSaveRequest(returnToValues(saved), saved);
    expect(request).toEqual({
      version: 4,
      actionStatus: 'in_progress',
      rag: 'amber',
      ragReason: 'Supplier closed',
      correctiveAction: 'Use the print unit',
      revisedDate: '2027-02-28',
      narrative: 'Twelve partners signed up.',
      nextSteps: 'Libraries next.',
      measureValues: [
        { measureId: 'm1', value: 120 },
        { measureId: 'm2', value: null },
      ],
      amendments: [{ kind: 'due_date', newDueDate: '2027-03-31', reason: 'New guidance' }],
    });
  });

  it('clears the reason, corrective action and revised date unless the rating is amber or red', () => {
    const request = valuesToSaveRequest({ ...returnToValues(saved), rag: 'green' }, saved);
    expect(request).toMatchObject({ rag: 'green', ragReason: null, correctiveAction: null, revisedDate: null });
  });

  it('reads measure values with thousands separators, blank as none, and sends nonsense as typed for the API to refuse', () => {
    const values = { ...returnToValues(saved), measures: { m1: '1,250', m2: 'lots' } };
    expect(valuesToSaveRequest(values, saved).measureValues).toEqual([
      { measureId: 'm1', value: 1250 },
      { measureId: 'm2', value: 'lots' },
    ]);
  });

  it('sends only the fields of each amendment kind', () => {
    const values = returnToValues(saved);
    values.amendments = [
      { ...newAmendmentRow(), kind: 'scope', newScope: ' Cover the county too ', newDueDate: '2027-01-01', reason: 'Devolution deal' },
      { ...newAmendmentRow(), kind: 'measure_target', measureId: 'm1', newTarget: '600', newScope: 'ignored', reason: 'Demand' },
    ];
    expect(valuesToSaveRequest(values, saved).amendments).toEqual([
      { kind: 'scope', newScope: 'Cover the county too', reason: 'Devolution deal' },
      { kind: 'measure_target', measureId: 'm1', newTarget: 600, reason: 'Demand' },
    ]);
  });

  it("links the API's per-field errors to the right inputs, amendments and measures included", () => {
    const values = { ...returnToValues(saved), amendments: [...returnToValues(saved).amendments, newAmendmentRow()] };
    const error = new ApiError(400, 'validation_failed', 'The return is not complete', [
      { field: 'narrative', messages: ['Describe the progress made in the period'] },
      { field: 'amendments.1.reason', messages: ['Give the reason for the amendment'] },
      { field: 'measureValues.1.value', messages: ['value must be a number'] },
    ]);
    const described = describeFormError<string>(error, returnFieldIds(values, ['m1', 'm2']));
    expect(described.fields).toEqual({
      narrative: 'Describe the progress made in the period',
      'amendments.1.reason': 'Give the reason for the amendment',
      'measureValues.1.value': 'value must be a number',
    });
    expect(described.summary).toEqual([
      { text: 'Describe the progress made in the period', fieldId: 'narrative' },
      { text: 'value must be a number', fieldId: 'measure-m2' },
      { text: 'Give the reason for the amendment', fieldId: 'amendment-2-reason' },
    ]);
  });
});
