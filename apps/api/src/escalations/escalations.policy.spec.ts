import { Permission } from '@steerline/contracts';
import { canDecide, canRaise, isOverdue, nextStatus, refusedMoveReason, statusWhenScheduled } from './escalations.policy.js';

describe('escalation lifecycle', () => {
  it.each([
    ['open', 'take', 'under_review'],
    ['under_review', 'agreed', 'agreed'],
    ['under_review', 'declined', 'declined'],
    ['agreed', 'resolve', 'resolved'],
    ['declined', 'resolve', 'resolved'],
  ] as const)('%s --%s--> %s', (from, move, to) => {
    expect(nextStatus(from, move)).toBe(to);
    expect(refusedMoveReason(from, move)).toBeNull();
  });

  it.each([
    ['open', 'agreed'],
    ['open', 'declined'],
    ['open', 'resolve'],
    ['under_review', 'take'],
    ['under_review', 'resolve'],
    ['agreed', 'agreed'],
    ['agreed', 'declined'],
    ['declined', 'take'],
    ['resolved', 'take'],
    ['resolved', 'agreed'],
    ['resolved', 'resolve'],
  ] as const)('refuses %s --%s-->', (from, move) => {
    expect(nextStatus(from, move)).toBeNull();
    expect(refusedMoveReason(from, move)).toMatch(/^Only .* this one is /);
  });

  it('explains a decision on an open escalation by asking to take it first', () => {
    expect(refusedMoveReason('open', 'agreed')).toBe('Only an escalation under review can be decided; take it for review first; this one is open.');
  });
});

describe('escalation rights', () => {
  it('lets only holders of escalation:decide decide', () => {
    expect(canDecide({ permissions: [Permission.EscalationDecide] })).toBe(true);
    expect(canDecide({ permissions: [Permission.AdminManage, Permission.EscalationRaise] })).toBe(false);
  });

  it('lets holders of escalation:raise raise', () => {
    expect(canRaise({ permissions: [Permission.EscalationRaise] })).toBe(true);
    expect(canRaise({ permissions: [Permission.PlanRead] })).toBe(false);
  });
});

describe('overdue', () => {
  it('is overdue only while awaiting a decision past the needed-by date', () => {
    expect(isOverdue('open', '2026-01-01', '2026-01-02')).toBe(true);
    expect(isOverdue('under_review', '2026-01-01', '2026-01-02')).toBe(true);
    expect(isOverdue('open', '2026-01-02', '2026-01-02')).toBe(false);
    expect(isOverdue('agreed', '2026-01-01', '2026-01-02')).toBe(false);
  });
});

describe('putting an escalation on a board meeting agenda', () => {
  it('moves an open one under review and keeps one under review there', () => {
    expect(statusWhenScheduled('open')).toBe('under_review');
    expect(statusWhenScheduled('under_review')).toBe('under_review');
  });

  it.each(['agreed', 'declined', 'resolved'] as const)('refuses a %s one', (status) => {
    expect(statusWhenScheduled(status)).toBeNull();
  });
});
