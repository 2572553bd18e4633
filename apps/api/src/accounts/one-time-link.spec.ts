import { ErrorCode } from '@steerline/contracts';
import type { StoredLink } from './account-token.queries.js';
import { hashToken, newToken, refuseLink } from './one-time-link.js';

const now = new Date('2026-05-01T12:00:00Z');
const open: StoredLink = {
  id: 't1', userId: 'u1', purpose: 'invitation', expiresAt: new Date('2026-05-01T12:00:01Z'), usedAt: null, supersededAt: null, withdrawnAt: null,
  name: 'Casey', email: 'casey@example.org', isActive: true,
};

describe('one-time links', () => {
  it('makes tokens of 256 random bits, and stores only a 32-byte hash that differs from the token', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).toHaveLength(32);
    expect(hashToken(token).equals(hashToken(token))).toBe(true);
  });

  it('lets an open link through until the moment it expires', () => {
    expect(refuseLink(open, now)).toBeNull();
    expect(refuseLink({ ...open, expiresAt: now }, now)).toBe(ErrorCode.LinkExpired);
  });

  it('names why a link is refused, used first', () => {
    expect(refuseLink(undefined, now)).toBe(ErrorCode.LinkUnknown);
    expect(refuseLink({ ...open, usedAt: now, supersededAt: now }, now)).toBe(ErrorCode.LinkUsed);
    expect(refuseLink({ ...open, supersededAt: now }, now)).toBe(ErrorCode.LinkSuperseded);
    expect(refuseLink({ ...open, withdrawnAt: now }, now)).toBe(ErrorCode.LinkWithdrawn);
    expect(refuseLink({ ...open, isActive: false }, now)).toBe(ErrorCode.LinkWithdrawn);
  });
});
