import type { ActionHistoryEntry } from '@steerline/contracts';
import { describe, expect, it } from 'vitest';
import { describeChange, describeEntry, valueText } from './history-text';

const entry = (overrides: Partial<ActionHistoryEntry>): ActionHistoryEntry => ({
  id: '1',
  occurredAt: '2026-11-27T10:00:00.000Z',
  actor: { id: 'u-3', name: 'Bola Board' },
  operation: 'edit',
  entityType: 'action',
  entityId: 'a-1',
  changes: {},
  ...overrides,
});

describe('change history text', () => {
  it('says each change in words: labels, names, dates, statuses and percentages', () => {
    const lines = describeChange(
      entry({
        changes: {
          status: { before: 'not_started', after: 'in_progress' },
          title: { before: 'Old', after: 'New' },
          owner: { before: { id: 'u-1', name: 'Wren Working' }, after: { id: 'u-2', name: 'Pat Partner' } },
          dueDate: { before: '2027-03-31', after: null },
          percentComplete: { before: 0, after: 40 },
        },
      }),
    );
    expect(lines).toEqual([
      { field: 'title', label: 'Title', before: '“Old”', after: '“New”' },
      { field: 'owner', label: 'Lead owner', before: 'Wren Working', after: 'Pat Partner' },
      { field: 'dueDate', label: 'Due date', before: '31 March 2027', after: 'None' },
      { field: 'status', label: 'Status', before: 'Not started', after: 'In progress' },
      { field: 'percentComplete', label: '% complete', before: '0%', after: '40%' },
    ]);
  });

  it('leaves out empty fields on creation and the record’s own ids', () => {
    const lines = describeChange(
      entry({
        operation: 'create',
        entityType: 'progress_update',
        changes: {
          actionId: { before: null, after: 'a-1' },
          rag: { before: null, after: 'amber' },
          problem: { before: null, after: null },
          measureValues: { before: null, after: [] },
          partners: { before: null, after: [{ id: 'pa-1', name: 'The Forum' }, { id: 'pa-2', name: 'Citizens Online' }] },
        },
      }),
    );
    expect(lines).toEqual([
      { field: 'partners', label: 'Partners', before: undefined, after: 'The Forum; Citizens Online' },
      { field: 'rag', label: 'RAG rating', before: undefined, after: 'Amber' },
    ]);
  });

  it('names milestones, measures values and priorities', () => {
    expect(valueText('milestones', [{ id: 'm', title: 'Launch', dueDate: '2027-01-31', doneDate: null }])).toBe('Launch, due 31 January 2027');
    expect(valueText('measureValues', [{ measureId: 'x', measureName: 'People helped', value: 38 }])).toBe('People helped: 38');
    expect(valueText('priority', { id: 'p', number: 4 })).toBe('Priority 4');
  });

  it('gives the reason when a review sign-off amended the action', () => {
    const lines = describeChange(
      entry({ changes: { dueDate: { before: '2027-03-31', after: '2027-06-30' }, amendmentReason: { before: null, after: 'New guidance' } } }),
    );
    expect(lines.map((line) => line.label)).toEqual(['Due date', 'Amended at review sign-off, because']);
    expect(lines[1]).toMatchObject({ before: undefined, after: '“New guidance”' });
  });

  it('heads an entry with what happened', () => {
    expect(describeEntry(entry({ entityType: 'progress_update', operation: 'create' }))).toBe('Progress update posted');
    expect(describeEntry(entry({ operation: 'cancel' }))).toBe('Cancelled');
    expect(describeEntry(entry({ operation: 'create' }))).toBe('Created');
  });
});
