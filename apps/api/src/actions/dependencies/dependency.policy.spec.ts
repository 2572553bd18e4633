import { blockerConcern, linkConcern } from './dependency.policy.js';

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

describe('linkConcern', () => {
  const link = {
    blocker_id: 'b', blocker_reference: 'DI-001', blocker_title: 'Blocker', status: 'in_progress' as const, rag: 'green' as const,
    due_date: '2027-04-30', overdue: false, blocked_id: 'w', blocked_reference: 'DI-002', blocked_title: 'Waiting',
    blocked_status: 'in_progress' as const, blocked_owner_id: 'o', blocked_due_date: '2027-03-31', notified_concern: null,
  };

  it('judges the blocker against the waiting action\'s due date', () => {
    expect(linkConcern(link)).toBe('due_after');
    expect(linkConcern({ ...link, blocked_due_date: '2027-05-31' })).toBeNull();
  });

  it('is nothing once the waiting action is complete or cancelled', () => {
    expect(linkConcern({ ...link, rag: 'red', blocked_status: 'complete' })).toBeNull();
    expect(linkConcern({ ...link, rag: 'red', blocked_status: 'cancelled' })).toBeNull();
  });
});
