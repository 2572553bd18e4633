import type { ReturnToState } from './require-sign-in';

const LOCAL_PATH = /^\/(?![/\\])/;

/** Where to go once signed in: only a path inside this service, never another site (`//host`, `/\host` or `https://...`). */
export function returnPath(state: unknown): string {
  const from = (state as Partial<ReturnToState> | null)?.from;
  return typeof from === 'string' && LOCAL_PATH.test(from) ? from : '/';
}
