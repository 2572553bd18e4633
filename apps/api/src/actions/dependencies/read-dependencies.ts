import type { ActionDependencies } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { toLink } from './dependency.policy.js';
import { selectBlocked, selectBlockers } from './dependency.queries.js';

/** The "blocked by" and "blocks" links of one action, each blocker judged against this action's due date. */
export async function readDependencies(db: EntityManager, actionId: string, canChange: boolean): Promise<ActionDependencies> {
  const [blockers, blocked] = [await selectBlockers(db, actionId), await selectBlocked(db, actionId)];
  return { blockedBy: blockers.map((row) => toLink(row, true)), blocks: blocked.map((row) => toLink(row, false)), canChange };
}
