import { type BodyKind, type Permission, permissionsFor, type Role } from '@steerline/contracts';
import type { Actor } from '../common/auth/actor.js';
import { abilitiesOn, type ActionAccessFacts, canEditAction, canPlaceActionIn, canPostUpdate } from './actions.policy.js';

const BODY: Record<BodyKind, string> = {
  leadership_team: 'body-leadership',
  channel_shift_board: 'body-board',
  internal_working_group: 'body-internal',
  external_steering_group: 'body-external',
};

function actor(role: Role, extra: { partner?: string; permissions?: Permission[] } = {}): Actor {
  const bodies = role === 'admin' ? [] : [{ id: BODY[role], name: role, kind: role }];
  const permissions = extra.permissions ?? permissionsFor([role]);
  return { id: `user-${role}`, permissions, bodies, partner: extra.partner ? { id: extra.partner, name: 'Partner' } : null };
}

const action = (facts: Partial<ActionAccessFacts> = {}): ActionAccessFacts => ({
  ownerId: 'someone-else',
  owningBodyId: BODY.channel_shift_board,
  partnerIds: [],
  status: 'in_progress',
  ...facts,
});

const FULL_EDITORS: Role[] = ['admin', 'leadership_team', 'channel_shift_board', 'internal_working_group'];

describe('who may create and edit an action', () => {
  it.each(FULL_EDITORS)('lets %s edit any action and place one in any body', (role) => {
    expect(canEditAction(actor(role), action())).toBe(true);
    expect(canEditAction(actor(role), action({ owningBodyId: BODY.external_steering_group }))).toBe(true);
    expect(canPlaceActionIn(actor(role), BODY.leadership_team)).toBe(true);
  });

  it('lets an external steering group member edit only actions their own body owns', () => {
    const partner = actor('external_steering_group');
    expect(canEditAction(partner, action({ owningBodyId: BODY.external_steering_group }))).toBe(true);
    expect(canEditAction(partner, action({ owningBodyId: BODY.internal_working_group }))).toBe(false);
  });

  it('does not let an external steering group member edit an action just because they own it or their partner is on it', () => {
    const partner = actor('external_steering_group', { partner: 'barclays' });
    expect(canEditAction(partner, action({ ownerId: partner.id, partnerIds: ['barclays'] }))).toBe(false);
  });

  it('lets an external steering group member create actions only in their own body', () => {
    const partner = actor('external_steering_group');
    expect(canPlaceActionIn(partner, BODY.external_steering_group)).toBe(true);
    expect(canPlaceActionIn(partner, BODY.channel_shift_board)).toBe(false);
  });

  it('gives nothing to a user without the edit permissions, even in the owning body', () => {
    const reader = { ...actor('external_steering_group'), permissions: ['plan:read'] as Permission[] };
    expect(canEditAction(reader, action({ owningBodyId: BODY.external_steering_group }))).toBe(false);
    expect(canPlaceActionIn(reader, BODY.external_steering_group)).toBe(false);
  });
});

describe('who may post a progress update', () => {
  it.each(['admin', 'leadership_team', 'channel_shift_board'] as Role[])('lets %s post on any action', (role) => {
    expect(canPostUpdate(actor(role), action({ owningBodyId: BODY.external_steering_group }))).toBe(true);
  });

  it.each(['internal_working_group', 'external_steering_group'] as const)('lets %s post only as owner, body member or partner', (role) => {
    const user = actor(role, { partner: 'barclays' });
    expect(canPostUpdate(user, action())).toBe(false);
    expect(canPostUpdate(user, action({ ownerId: user.id }))).toBe(true);
    expect(canPostUpdate(user, action({ owningBodyId: BODY[role] }))).toBe(true);
    expect(canPostUpdate(user, action({ partnerIds: ['the-forum', 'barclays'] }))).toBe(true);
    expect(canPostUpdate(user, action({ partnerIds: ['the-forum'] }))).toBe(false);
  });

  it('does not treat a user without a partner organisation as a partner on an action', () => {
    expect(canPostUpdate(actor('internal_working_group'), action({ partnerIds: ['barclays'] }))).toBe(false);
  });
});

describe('what the user may do now', () => {
  it('sums up edit, update and cancel rights', () => {
    expect(abilitiesOn(actor('channel_shift_board'), action())).toEqual({ edit: true, postUpdate: true, cancel: true });
    expect(abilitiesOn(actor('external_steering_group', { partner: 'barclays' }), action({ partnerIds: ['barclays'] }))).toEqual({
      edit: false,
      postUpdate: true,
      cancel: false,
    });
  });

  it('closes a cancelled action to everyone, admins included', () => {
    expect(abilitiesOn(actor('admin'), action({ status: 'cancelled' }))).toEqual({ edit: false, postUpdate: false, cancel: false });
  });
});
