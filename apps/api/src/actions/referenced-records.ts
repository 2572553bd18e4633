import type { CreateActionRequest, FieldError } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { bodyIsRetired, partnersFound, priorityIsRetired, segmentsFound, strategyOfPriority, userIsActive } from './referenced-records.queries.js';

type References = Pick<Partial<CreateActionRequest>, 'priorityId' | 'ownerId' | 'owningBodyId' | 'partnerIds' | 'segmentIds'>;

/** What an edited action points at already: a retired priority, body or segment may stay on it, not be newly chosen. */
export interface KeptReferences {
  priorityId?: string;
  owningBodyId?: string;
  segmentIds?: string[];
}

export { strategyOfPriority };

/**
 * Checks that every record the action points at exists (and, for priority, body and segments, belongs to the
 * action's strategy), so the user gets a field error instead of a foreign-key failure.
 */
export async function referenceProblems(db: EntityManager, input: References, strategyId: string | null, kept: KeptReferences = {}): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const problem = (field: string, message: string) => problems.push({ field, messages: [message] });

  if (input.priorityId !== undefined) {
    const found = await strategyOfPriority(db, input.priorityId);
    if (!found || (strategyId && found !== strategyId)) problem('priorityId', 'Choose a priority of this strategy');
    else if (input.priorityId !== kept.priorityId && (await priorityIsRetired(db, input.priorityId))) problem('priorityId', 'That priority is retired: choose one that is not');
  }
  if (input.ownerId !== undefined) {
    const active = await userIsActive(db, input.ownerId);
    if (active === undefined) problem('ownerId', 'Choose a lead owner who is a user of Steerline');
    else if (!active) problem('ownerId', 'The lead owner must be an active user');
  }
  if (input.owningBodyId !== undefined) {
    const retired = await bodyIsRetired(db, input.owningBodyId, strategyId);
    if (retired === undefined) problem('owningBodyId', 'Choose a governance body of this strategy');
    else if (retired && input.owningBodyId !== kept.owningBodyId) problem('owningBodyId', 'That body is retired: choose one that is not');
  }
  if (input.partnerIds?.length) {
    const missing = notFound(input.partnerIds, await partnersFound(db, input.partnerIds));
    if (missing.length) problem('partnerIds', `No partner has the id ${missing.join(', ')}`);
  }
  if (input.segmentIds?.length) {
    const segments = await segmentsFound(db, input.segmentIds, strategyId);
    const missing = notFound(input.segmentIds, new Set(segments.map((segment) => segment.id)));
    if (missing.length) problem('segmentIds', `No population segment of this strategy has the id ${missing.join(', ')}`);
    const newlyRetired = segments.filter((segment) => segment.retired && !kept.segmentIds?.includes(segment.id));
    if (newlyRetired.length) problem('segmentIds', `Retired segments cannot be chosen: ${newlyRetired.map((segment) => segment.name).join(', ')}`);
  }
  return problems;
}

const notFound = (ids: string[], found: Set<string>) => ids.filter((id) => !found.has(id.toLowerCase()));
