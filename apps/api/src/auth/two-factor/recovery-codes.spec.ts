import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from './recovery-codes.js';

describe('recovery codes', () => {
  it('makes ten different codes of two groups of five', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  });

  it('hashes a code the same however it is typed, and differently from any other code', () => {
    const [code, other] = newRecoveryCodes();
    expect(hashRecoveryCode(` ${code.toUpperCase().replace('-', ' ')} `).equals(hashRecoveryCode(code))).toBe(true);
    expect(hashRecoveryCode(other).equals(hashRecoveryCode(code))).toBe(false);
    expect(hashRecoveryCode(code)).toHaveLength(32);
  });

  it('tells a recovery code from a six-digit app code', () => {
    expect(looksLikeRecoveryCode(newRecoveryCodes()[0])).toBe(true);
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});
