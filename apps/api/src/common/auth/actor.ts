import type { CurrentUser } from './current-user.js';

/** Who is asking: the parts of the signed-in user the record-level rules (every feature's `*.policy.ts`) look at. */
export type Actor = Pick<CurrentUser, 'id' | 'permissions' | 'bodies' | 'partner'>;
