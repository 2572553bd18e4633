import { describe, expect, it } from 'vitest';
import { actionFixture } from '../testing/action-fixture';
import {
  actionFormFromDetail,
  changesSince,
  emptyActionForm,
  emptyMilestone,
  inputOrder,
  locateField,
  numberOrAsTyped,
  toCreateRequest,
  toUpdateRequest,
} from './action-form-values';

describe('action form values', () => {
  it('round-trips an action through the form into an edit of the version it was loaded at', () => {
    const action = actionFixture();
    const request = toUpdateRequest(actionFormFromDetail(action), action.version);
    expect(request).toEqual({
      version: 3,
      status: 'in_progress',
      title: 'Tablet lending',
      description: 'Lend tablets.',
      priorityId: 'p-2',
      ownerId: 'u-4',
      owningBodyId: 'b-3',
      partnerIds: ['pa-3'],
      segmentIds: ['s-6'],
      startDate: '2026-09-01',
      dueDate: '2027-06-30',
      milestones: [{ id: 'm-1', title: 'Tablets bought', dueDate: '2026-10-31', doneDate: null }],
      measures: [{ id: 'me-1', name: 'Tablets lent', unit: 'loans', baseline: 0, target: 200 }],
    });
  });

  it('sends blank dates and numbers as not set, and new rows without an id', () => {
    const values = { ...emptyActionForm(), milestones: [{ ...emptyMilestone(), title: 'Launch', dueDate: ' 2027-01-31 ' }] };
    const request = toCreateRequest(values);
    expect(request.startDate).toBeNull();
    expect(request.dueDate).toBeNull();
    expect(request.milestones).toEqual([{ title: 'Launch', dueDate: '2027-01-31', doneDate: null }]);
  });

  it('reads numbers, and leaves anything else as typed for the API to refuse', () => {
    expect(numberOrAsTyped('')).toBeNull();
    expect(numberOrAsTyped(' 1,200 ')).toBe(1200);
    expect(numberOrAsTyped('-2.5')).toBe(-2.5);
    expect(numberOrAsTyped('lots')).toBe('lots');
  });
});

describe('locateField', () => {
  it('finds the input of a row field and names the row', () => {
    expect(locateField('milestones.1.dueDate')).toEqual({
      inputId: 'milestones-1-dueDate',
      key: 'milestones-1-dueDate',
      context: 'Milestone 2',
      property: 'dueDate',
      label: 'Due date',
    });
    expect(locateField('measures.0.target')).toMatchObject({ inputId: 'measures-0-target', context: 'Measure 1', label: 'Target' });
  });

  it('puts an error about a row itself (such as its id) on the row’s first field', () => {
    expect(locateField('milestones.0.id')).toMatchObject({ inputId: 'milestones-0-title', context: 'Milestone 1' });
  });

  it('links a list-wide error to the list and a field error to its field; an unknown field has no input', () => {
    expect(locateField('milestones')).toMatchObject({ inputId: 'milestones', key: 'milestones' });
    expect(locateField('priorityId')).toMatchObject({ inputId: 'priorityId', label: 'Priority' });
    expect(locateField('version')).toEqual({ key: 'version' });
  });

  it('orders inputs as the form shows them', () => {
    const order = inputOrder({ milestones: 2, measures: 1 });
    const ids = ['measures-0-name', 'milestones-1-title', 'title', 'milestones-0-doneDate', 'dueDate', 'unknown'];
    expect([...ids].sort((a, b) => order(a) - order(b))).toEqual(['title', 'dueDate', 'milestones-0-doneDate', 'milestones-1-title', 'measures-0-name', 'unknown']);
  });
});

describe('changesSince', () => {
  it('lists what someone else changed, with the value now saved', () => {
    const base = actionFixture();
    const current = actionFixture({ title: 'Tablet lending in every library', dueDate: null, rag: 'amber', version: 4 });
    expect(changesSince(base, current)).toEqual([
      { label: 'Title', now: 'Tablet lending in every library' },
      { label: 'Due date', now: 'Not set' },
      { label: 'RAG rating', now: 'Amber' },
    ]);
    expect(changesSince(base, actionFixture({ version: 4 }))).toEqual([]);
  });
});
