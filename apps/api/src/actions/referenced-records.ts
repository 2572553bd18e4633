import type { CreateActionRequest, FieldError } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';

type References = Pick<Partial<CreateActionRequest>, 'priorityId' | 'ownerId' | 'owningBodyId' | 'partnerIds' | 'segmentIds'>;

/** The strategy a priority belongs to, or null if there is no such priority. */
export async function strategyOfPriority(db: EntityManager, priorityId: string): Promise<string | null> {
  const [row] = await db.query(`SELECT strategy_id FROM priority WHERE id = $1`, [priorityId]);
  return row?.strategy_id ?? null;
}

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
    const [owner] = await db.query(`SELECT is_active FROM app_user WHERE id = $1`, [input.ownerId]);
    if (!owner) problem('ownerId', 'Choose a lead owner who is a user of Steerline');
    else if (!owner.is_active) problem('ownerId', 'The lead owner must be an active user');
  }
  if (input.owningBodyId !== undefined) {
    const [body] = await db.query(`SELECT 1 FROM body WHERE id = $1 AND ($2::uuid IS NULL OR strategy_id = $2)`, [input.owningBodyId, strategyId]);
    if (!body) problem('owningBodyId', 'Choose a governance body of this strategy');
  }
  if (input.partnerIds?.length) {
    const missing = await missingIds(db, `SELECT id FROM partner WHERE id = ANY($1::uuid[])`, [input.partnerIds]);
    if (missing.length) problem('partnerIds', `No partner has the id ${missing.join(', ')}`);
  }
  if (input.segmentIds?.length) {
    const sql = `SELECT id FROM population_segment WHERE id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR strategy_id = $2)`;
    const missing = await missingIds(db, sql, [input.segmentIds, strategyId]);
    if (missing.length) problem('segmentIds', `No population segment of this strategy has the id ${missing.join(', ')}`);
  }
  return problems;
}

async function missingIds(db: EntityManager, sql: string, parameters: [string[], ...unknown[]]): Promise<string[]> {
  const found = new Set(((await db.query(sql, parameters)) as { id: string }[]).map((row) => row.id));
  return parameters[0].filter((id) => !found.has(id.toLowerCase()));
}
