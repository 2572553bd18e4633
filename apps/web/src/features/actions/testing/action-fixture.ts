import type { ActionDetail } from '@steerline/contracts';

/** An action as the API answers it, for unit tests of the action pages and forms. */
export const actionFixture = (overrides: Partial<ActionDetail> = {}): ActionDetail => ({
  id: '0b7e0d1c-0000-4000-8000-000000000001',
  reference: 'DI-004',
  title: 'Tablet lending',
  description: 'Lend tablets.',
  priority: { id: 'p-2', number: 2, title: 'Target digital access and support to the most vulnerable groups within the city.' },
  owner: { id: 'u-4', name: 'Wren Working' },
  owningBody: { id: 'b-3', name: 'Internal digital inclusion working group' },
  partners: [{ id: 'pa-3', name: 'The library service' }],
  segments: [{ id: 's-6', name: 'Elderly people reliant on state support' }],
  status: 'in_progress',
  rag: 'green',
  percentComplete: 40,
  startDate: '2026-09-01',
  dueDate: '2027-06-30',
  overdue: false,
  lastUpdateAt: null,
  version: 3,
  milestones: [{ id: 'm-1', title: 'Tablets bought', dueDate: '2026-10-31', doneDate: null }],
  measures: [{ id: 'me-1', name: 'Tablets lent', unit: 'loans', baseline: 0, target: 200, latestValue: null }],
  cancelledReason: null,
  createdAt: '2026-09-01T09:00:00.000Z',
  updatedAt: '2026-09-01T09:00:00.000Z',
  can: { edit: true, postUpdate: true, cancel: true },
  ...overrides,
});
