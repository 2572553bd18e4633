import { permissionsFor, type ReturnStatus, type ReviewCycleStatus, type Role } from '@steerline/contracts';
import {
  acceptsReturnChanges, amendmentProblems, cycleAbilities, cycleDateProblems, isCycleEditable, nextCycleStatus, refusedCycleMoveReason,
  refusedReturnChange, returnAbilities, statusAfterSave, submissionProblems,
} from './reviews.policy.js';

const as = (role: Role, id = 'me') => ({ id, permissions: permissionsFor([role]) });
const fieldsOf = (problems: { field: string }[]) => problems.map((problem) => problem.field).sort();

describe('review cycle lifecycle', () => {
  it.each([
    ['draft', 'open', 'open'],
    ['open', 'board_review', 'board_review'],
    ['board_review', 'sign_off', 'signed_off'],
  ] as const)('%s --%s--> %s', (from, move, to) => {
    expect(nextCycleStatus(from, move)).toBe(to);
    expect(refusedCycleMoveReason(from, move)).toBeNull();
  });

  it.each([
    ['open', 'open'],
    ['board_review', 'open'],
    ['signed_off', 'open'],
    ['draft', 'board_review'],
    ['signed_off', 'board_review'],
    ['draft', 'sign_off'],
    ['open', 'sign_off'],
    ['signed_off', 'sign_off'],
  ] as const)('refuses %s --%s-->', (from, move) => {
    expect(nextCycleStatus(from, move)).toBeNull();
    expect(refusedCycleMoveReason(from, move)).toMatch(/^Only .*; this one is /);
  });

  it('explains a sign-off before board review', () => {
    expect(refusedCycleMoveReason('open', 'sign_off')).toBe('Only a cycle in board review can be signed off; this one is open for returns.');
  });

  it('lets the cycle be edited while draft or open, and returns change while open or in board review', () => {
    const statuses: ReviewCycleStatus[] = ['draft', 'open', 'board_review', 'signed_off'];
    expect(statuses.filter(isCycleEditable)).toEqual(['draft', 'open']);
    expect(statuses.filter(acceptsReturnChanges)).toEqual(['open', 'board_review']);
  });
});

describe('review cycle rights', () => {
  it.each(['admin', 'channel_shift_board'] as const)('lets %s manage a cycle but not sign it off', (role) => {
    expect(cycleAbilities(as(role), 'draft')).toEqual({ edit: true, open: true, startBoardReview: false, signOff: false });
    expect(cycleAbilities(as(role), 'open')).toEqual({ edit: true, open: false, startBoardReview: true, signOff: false });
    expect(cycleAbilities(as(role), 'board_review')).toEqual({ edit: false, open: false, startBoardReview: false, signOff: false });
  });

  it('lets only the leadership team sign off, and only in board review', () => {
    expect(cycleAbilities(as('leadership_team'), 'board_review')).toEqual({ edit: false, open: false, startBoardReview: false, signOff: true });
    expect(cycleAbilities(as('leadership_team'), 'open').signOff).toBe(false);
  });

  it.each(['internal_working_group', 'external_steering_group'] as const)('gives %s nothing to do with a cycle', (role) => {
    for (const status of ['draft', 'open', 'board_review', 'signed_off'] as const) {
      expect(cycleAbilities(as(role), status)).toEqual({ edit: false, open: false, startBoardReview: false, signOff: false });
    }
  });

  it('gives nobody anything to do with a signed-off cycle', () => {
    for (const role of ['admin', 'leadership_team', 'channel_shift_board'] as const) {
      expect(Object.values(cycleAbilities(as(role), 'signed_off'))).toEqual([false, false, false, false]);
    }
  });
});

describe('review return rights', () => {
  const facts = (status: ReturnStatus, cycleStatus: ReviewCycleStatus = 'open') => ({ ownerId: 'me', status, cycleStatus });

  it.each(['leadership_team', 'channel_shift_board', 'internal_working_group', 'external_steering_group'] as const)(
    'lets an owner in %s edit and submit their return while it is with them', (role) => {
      for (const status of ['not_started', 'draft', 'sent_back'] as const) {
        expect(returnAbilities(as(role), facts(status))).toMatchObject({ edit: true, submit: true });
      }
      expect(returnAbilities(as(role), facts('submitted'))).toMatchObject({ edit: false, submit: false });
      expect(returnAbilities(as(role), facts('accepted'))).toMatchObject({ edit: false, submit: false });
    });

  it('refuses someone else, and an admin who owns the action (admins do not submit returns)', () => {
    expect(returnAbilities(as('external_steering_group', 'other'), facts('draft'))).toEqual({ edit: false, submit: false, sendBack: false, accept: false });
    expect(returnAbilities(as('admin'), facts('draft'))).toMatchObject({ edit: false, submit: false });
  });

  it('lets the board and admins send back or accept only a submitted return', () => {
    for (const role of ['admin', 'channel_shift_board'] as const) {
      expect(returnAbilities(as(role, 'other'), facts('submitted'))).toEqual({ edit: false, submit: false, sendBack: true, accept: true });
      expect(returnAbilities(as(role, 'other'), facts('draft'))).toMatchObject({ sendBack: false, accept: false });
    }
    expect(returnAbilities(as('leadership_team', 'other'), facts('submitted'))).toMatchObject({ sendBack: false, accept: false });
  });

  it('freezes every return of a signed-off cycle, and lets returns change in board review', () => {
    expect(returnAbilities(as('channel_shift_board'), facts('submitted', 'signed_off'))).toEqual({ edit: false, submit: false, sendBack: false, accept: false });
    expect(returnAbilities(as('channel_shift_board'), facts('draft', 'signed_off'))).toEqual({ edit: false, submit: false, sendBack: false, accept: false });
    expect(returnAbilities(as('channel_shift_board'), facts('draft', 'board_review'))).toMatchObject({ edit: true, submit: true });
  });

  it('explains why a change is refused in the return\'s state', () => {
    expect(refusedReturnChange('owner', 'submitted')).toBe('This return is submitted and waiting for the board.');
    expect(refusedReturnChange('owner', 'accepted')).toMatch(/accepted/);
    expect(refusedReturnChange('board', 'draft')).toBe('Only a submitted return can be sent back or accepted.');
    expect(refusedReturnChange('owner', 'sent_back')).toBeNull();
    expect(refusedReturnChange('board', 'submitted')).toBeNull();
  });

  it('keeps a sent-back return sent back when saved, and makes anything else a draft', () => {
    expect(statusAfterSave('sent_back')).toBe('sent_back');
    expect(statusAfterSave('not_started')).toBe('draft');
    expect(statusAfterSave('draft')).toBe('draft');
  });
});

describe('what a return needs', () => {
  const complete = { actionStatus: 'in_progress', rag: 'green', narrative: 'Drop-ins ran every month.', amendments: [] } as const;

  it('accepts a complete green return', () => {
    expect(submissionProblems(complete)).toEqual([]);
  });

  it('names status, RAG and narrative when missing', () => {
    expect(fieldsOf(submissionProblems({ amendments: [], narrative: '  ' }))).toEqual(['actionStatus', 'narrative', 'rag']);
  });

  it.each(['amber', 'red'] as const)('asks for the reason and corrective action when %s', (rag) => {
    expect(fieldsOf(submissionProblems({ ...complete, rag }))).toEqual(['correctiveAction', 'ragReason']);
    expect(submissionProblems({ ...complete, rag, ragReason: 'Venue lost', correctiveAction: 'New venue' })).toEqual([]);
  });

  it('asks each amendment for its reason and the field its kind changes', () => {
    const problems = amendmentProblems([
      { kind: 'due_date', reason: 'Guidance changed', newDueDate: '2027-06-30' },
      { kind: 'due_date', reason: ' ' },
      { kind: 'scope', reason: 'Guidance changed', newScope: null },
      { kind: 'measure_target', reason: 'Guidance changed', measureId: 'm1' },
    ]);
    expect(fieldsOf(problems)).toEqual(['amendments.1.newDueDate', 'amendments.1.reason', 'amendments.2.newScope', 'amendments.3.newTarget']);
    expect(fieldsOf(submissionProblems({ ...complete, amendments: [{ kind: 'scope', reason: 'x' }] }))).toEqual(['amendments.0.newScope']);
  });
});

describe('cycle dates', () => {
  it('accepts a period that ends after it starts with returns due after the start', () => {
    expect(cycleDateProblems({ periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-10-31' })).toEqual([]);
    expect(cycleDateProblems({ periodStart: '2026-04-01', periodEnd: '2026-04-01', returnsDue: '2026-04-02' })).toEqual([]);
  });

  it('names the end and the due date when they come too early', () => {
    expect(fieldsOf(cycleDateProblems({ periodStart: '2026-04-01', periodEnd: '2026-03-31', returnsDue: '2026-04-01' }))).toEqual(['periodEnd', 'returnsDue']);
  });
});
