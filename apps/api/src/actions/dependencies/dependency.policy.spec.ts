import { blockerConcern } from './dependency.policy.js';

const blocker = (change: Partial<Parameters<typeof blockerConcern>[0]> = {}) => ({ status: 'in_progress' as const, rag: 'green' as const, overdue: false, due_date: '2027-01-31', ...change });

describe('blockerConcern', () => {
  it('is red, overdue, or due after the waiting action, in that order', () => {
    expect(blockerConcern(blocker({ rag: 'red', overdue: true }), '2027-03-31')).toBe('red');
    expect(blockerConcern(blocker({ overdue: true }), '2027-03-31')).toBe('overdue');
    expect(blockerConcern(blocker({ due_date: '2027-04-01' }), '2027-03-31')).toBe('due_after');
  });

  it('is nothing for a blocker on track, due first, or finished', () => {
    expect(blockerConcern(blocker(), '2027-03-31')).toBeNull();
    expect(blockerConcern(blocker({ due_date: '2027-04-01' }), null)).toBeNull();
    expect(blockerConcern(blocker({ status: 'complete', rag: 'red' }), '2027-03-31')).toBeNull();
  });
});
