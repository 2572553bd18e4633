import type { CreateActionRequest, FieldError } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { bodyExists, partnersFound, segmentsFound, strategyOfPriority, userIsActive } from './referenced-records.queries.js';

type References = Pick<Partial<CreateActionRequest>, 'priorityId' | 'ownerId' | 'owningBodyId' | 'partnerIds' | 'segmentIds'>;

export { strategyOfPriority };

/**
 * Checks that every record the action points at exists (and, for priority, body and segments, belongs to the
 * action's strategy), so the user gets a field error instead of a foreign-key failure.
 */
export async function referenceProblems(db: EntityManager, input: References, strategyId: string | null): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const problem = (field: string, message: string) => problems.push({ field, messages: [message] });

  if (input.priorityId !== undefined) {
    const found = await strategyOfPriority(db, input.priorityId);
    if (!found || (strategyId && found !== strategyId)) problem('priorityId', 'Choose a priority of this strategy');
  }
  if (input.ownerId !== undefined) {
    const active = await userIsActive(db, input.ownerId);
    if (active === undefined) problem('ownerId', 'Choose a lead owner who is a user of Steerline');
    else if (!active) problem('ownerId', 'The lead owner must be an active user');
  }
  if (input.owningBodyId !== undefined) {
    if (!(await bodyExists(db, input.owningBodyId, strategyId))) problem('owningBodyId', 'Choose a governance body of this strategy');
  }
  if (input.partnerIds?.length) {
    const missing = notFound(input.partnerIds, await partnersFound(db, input.partnerIds));
    if (missing.length) problem('partnerIds', `No partner has the id ${missing.join(', ')}`);
  }
  if (input.segmentIds?.length) {
    const missing = notFound(input.segmentIds, await segmentsFound(db, input.segmentIds, strategyId));
    if (missing.length) problem('segmentIds', `No population segment of this strategy has the id ${missing.join(', ')}`);
  }
  return problems;
}

const notFound = (ids: string[], found: Set<string>) => ids.filter((id) => !found.has(id.toLowerCase()));
