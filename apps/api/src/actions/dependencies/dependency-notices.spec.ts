import { dependencyNotice } from './dependency-notices.js';
import type { WatchedLinkRow } from './dependency.queries.js';

const link: WatchedLinkRow = {
  blocker_id: 'b', blocker_reference: 'DI-001', blocker_title: 'Get online Tuesdays', status: 'in_progress', rag: 'red',
  due_date: '2027-04-30', overdue: false, blocked_id: 'w', blocked_reference: 'DI-002', blocked_title: 'Inline for online card',
  blocked_status: 'in_progress', blocked_owner_id: 'owner', blocked_due_date: '2027-03-31', notified_concern: null,
};

describe('dependencyNotice', () => {
  it('tells the waiting action\'s owner which blocker is red, about their action', () => {
    expect(dependencyNotice('red', link)).toEqual({
      kind: 'blocker_concern',
      title: 'DI-001 is rated red: DI-002 is waiting on it',
      body: expect.stringMatching(/^DI-002 Inline for online card is waiting on DI-001 Get online Tuesdays, which has been rated red\.\n\nOpen DI-002/),
      actionId: 'w',
    });
  });

  it('says when the blocker was due, or both due dates when it is now due after the waiting action', () => {
    expect(dependencyNotice('overdue', link).body).toContain('which was due on 30 April 2027 and is not complete.');
    const after = dependencyNotice('due_after', link);
    expect(after.title).toBe('DI-001 is now due after DI-002: DI-002 is waiting on it');
    expect(after.body).toContain('which is now due on 30 April 2027, after DI-002 (due 31 March 2027).');
  });
});
