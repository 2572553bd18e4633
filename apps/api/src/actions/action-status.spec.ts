import { dateProblems, INITIAL_PROGRESS, progressProblems, statusForRag, withStatus } from './action-status.js';

describe('action status and RAG', () => {
  it('starts a new action not started, grey, at 0%', () => {
    expect(INITIAL_PROGRESS).toEqual({ status: 'not_started', rag: 'grey', percentComplete: 0 });
  });

  it('makes a completed action blue at 100% and a not-started one grey at 0%', () => {
    const running = { status: 'in_progress' as const, rag: 'amber' as const, percentComplete: 40 };
    expect(withStatus(running, 'complete')).toEqual({ status: 'complete', rag: 'blue', percentComplete: 100 });
    expect(withStatus(running, 'not_started')).toEqual({ status: 'not_started', rag: 'grey', percentComplete: 0 });
  });

  it('keeps a red, amber or green rating when an action moves to in progress, and starts grey or blue ones green', () => {
    const notStarted = { status: 'not_started' as const, rag: 'grey' as const, percentComplete: 0 };
    expect(withStatus(notStarted, 'in_progress')).toEqual({ status: 'in_progress', rag: 'green', percentComplete: 0 });
    expect(withStatus({ status: 'complete', rag: 'blue', percentComplete: 100 }, 'in_progress').rag).toBe('green');
    const amber = { status: 'in_progress' as const, rag: 'amber' as const, percentComplete: 30 };
    expect(withStatus(amber, 'in_progress')).toBe(amber);
  });

  it('derives the status from an update’s RAG', () => {
    expect(statusForRag('grey')).toBe('not_started');
    expect(statusForRag('blue')).toBe('complete');
    for (const rag of ['red', 'amber', 'green'] as const) expect(statusForRag(rag)).toBe('in_progress');
  });

  it('refuses a blue update below 100% and a grey one above 0%', () => {
    expect(progressProblems({ rag: 'blue', percentComplete: 90 })).toEqual([{ field: 'percentComplete', messages: [expect.stringMatching(/100%/)] }]);
    expect(progressProblems({ rag: 'grey', percentComplete: 5 })).toEqual([{ field: 'percentComplete', messages: [expect.stringMatching(/0%/)] }]);
    expect(progressProblems({ rag: 'blue', percentComplete: 100 })).toEqual([]);
    expect(progressProblems({ rag: 'green', percentComplete: 100 })).toEqual([]);
  });

  it('refuses a due date before the start date, and accepts the same day or a missing date', () => {
    expect(dateProblems({ startDate: '2026-05-01', dueDate: '2026-04-30' })).toEqual([{ field: 'dueDate', messages: [expect.any(String)] }]);
    expect(dateProblems({ startDate: '2026-05-01', dueDate: '2026-05-01' })).toEqual([]);
    expect(dateProblems({ startDate: null, dueDate: '2026-04-30' })).toEqual([]);
  });
});
