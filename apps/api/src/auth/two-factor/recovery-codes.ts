import { createHash, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;

/** Letters and digits that cannot be misread for one another (no 0/o, 1/l/i). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUP = 5;

/** Ten codes like `k7m2q-x9t4a`: 10 characters of 31, about 49 bits each, so a hash needs no salt or slow hashing. */
export function newRecoveryCodes(): string[] {
  const code = () => Array.from({ length: GROUP * 2 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => code()).map((text) => `${text.slice(0, GROUP)}-${text.slice(GROUP)}`);
}

/** A code as typed, whatever its letter case, spaces or hyphens, in the one form that is hashed. */
export const normaliseRecoveryCode = (typed: string) => typed.toLowerCase().replace(/[\s-]/g, '');

export const looksLikeRecoveryCode = (typed: string) => new RegExp(`^[${ALPHABET}]{${GROUP * 2}}$`).test(normaliseRecoveryCode(typed));

/** What is stored: the SHA-256 hash of the normalised code. */
export const hashRecoveryCode = (typed: string) => createHash('sha256').update(normaliseRecoveryCode(typed), 'utf8').digest();
