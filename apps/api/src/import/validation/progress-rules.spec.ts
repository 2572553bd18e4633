import { importedProgress } from './progress-rules.js';

describe('status and RAG of an imported action', () => {
  it.each([
    [null, null, { status: 'not_started', rag: 'grey', percentComplete: 0 }],
    ['in_progress', null, { status: 'in_progress', rag: 'green', percentComplete: 0 }],
    ['complete', null, { status: 'complete', rag: 'blue', percentComplete: 100 }],
    [null, 'amber', { status: 'in_progress', rag: 'amber', percentComplete: 0 }],
    [null, 'blue', { status: 'complete', rag: 'blue', percentComplete: 100 }],
    ['in_progress', 'red', { status: 'in_progress', rag: 'red', percentComplete: 0 }],
  ] as const)('status %s with RAG %s becomes %j', (status, rag, expected) => {
    expect(importedProgress(status, rag)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['in_progress', 'grey', 'An action that is In progress must be rated Red, Amber or Green'],
    ['complete', 'green', 'An action that is Complete must be rated Blue'],
    ['not_started', 'blue', 'An action that is Not started must be rated Grey'],
  ] as const)('refuses status %s with RAG %s', (status, rag, message) => {
    expect(importedProgress(status, rag)).toEqual({ ok: false, message });
  });
});
