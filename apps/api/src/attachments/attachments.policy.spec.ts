import { Permission } from '@steerline/contracts';
import { actionAddRefusal, canSeeParent, escalationAddRefusal, removalRefusal, returnAddRefusal, updateAddRefusal } from './attachments.policy.js';

const can = (postUpdate: boolean, edit: boolean) => ({ postUpdate, edit, cancel: edit });

describe('who may add evidence', () => {
  it('on an action: whoever may post an update on it or edit it, while it is not cancelled', () => {
    expect(actionAddRefusal({ status: 'in_progress', can: can(true, false) })).toBeNull();
    expect(actionAddRefusal({ status: 'in_progress', can: can(false, true) })).toBeNull();
    expect(actionAddRefusal({ status: 'in_progress', can: can(false, false) })?.kind).toBe('forbidden');
    expect(actionAddRefusal({ status: 'cancelled', can: can(false, false) })?.kind).toBe('closed');
  });

  it('on a progress update: only its author', () => {
    expect(updateAddRefusal({ id: 'jo' }, 'jo', { status: 'in_progress' })).toBeNull();
    expect(updateAddRefusal({ id: 'sam' }, 'jo', { status: 'in_progress' })?.kind).toBe('forbidden');
  });

  it("on a review return: its owner while it is with them; nobody once the cycle is signed off", () => {
    const review = (status: 'open' | 'signed_off', edit: boolean) => ({ owner: { id: 'jo', name: 'Jo' }, cycle: { id: 'c', name: 'C', status, returnsDue: '2026-10-31' }, can: { edit, submit: edit, sendBack: false, accept: false } });
    expect(returnAddRefusal({ id: 'jo' }, review('open', true))).toBeNull();
    expect(returnAddRefusal({ id: 'jo' }, review('open', false))?.kind).toBe('closed');
    expect(returnAddRefusal({ id: 'sam' }, review('open', false))?.kind).toBe('forbidden');
    expect(returnAddRefusal({ id: 'jo' }, review('signed_off', false))?.kind).toBe('signed_off');
  });

  it('on an escalation: whoever raised it and the board, until it is resolved', () => {
    const raisedByJo = (status: 'open' | 'resolved') => ({ raisedBy: { id: 'jo', name: 'Jo' }, status });
    expect(escalationAddRefusal({ id: 'jo', permissions: [] }, raisedByJo('open'))).toBeNull();
    expect(escalationAddRefusal({ id: 'sam', permissions: [Permission.EscalationDecide] }, raisedByJo('open'))).toBeNull();
    expect(escalationAddRefusal({ id: 'sam', permissions: [Permission.EscalationRaise] }, raisedByJo('open'))?.kind).toBe('forbidden');
    expect(escalationAddRefusal({ id: 'jo', permissions: [] }, raisedByJo('resolved'))?.kind).toBe('closed');
  });
});

describe('who may remove and see evidence', () => {
  it('removes: only the person who added it, and never from a signed-off review', () => {
    expect(removalRefusal({ id: 'jo' }, { uploadedById: 'jo', signedOff: false })).toBeNull();
    expect(removalRefusal({ id: 'sam' }, { uploadedById: 'jo', signedOff: false })?.kind).toBe('forbidden');
    expect(removalRefusal({ id: 'jo' }, { uploadedById: 'jo', signedOff: true })?.kind).toBe('signed_off');
  });

  it('sees: whoever may read the plan', () => {
    expect(canSeeParent({ permissions: [Permission.PlanRead] })).toBe(true);
    expect(canSeeParent({ permissions: [] })).toBe(false);
  });
});
