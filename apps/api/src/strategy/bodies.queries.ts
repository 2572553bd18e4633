import type { BodyKind, BodyMember } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

export interface BodyRow {
  id: string;
  strategy_id: string;
  name: string;
  kind: BodyKind;
  remit: string;
  reports_to_id: string | null;
  reports_to_name: string | null;
  retired: boolean;
  version: number;
  member_count: number;
}

export interface BodyFields {
  name: string;
  kind: BodyKind;
  remit: string;
  reportsToId: string | null;
}

const COLUMNS = `b.id, b.strategy_id, b.name, b.kind, b.remit, b.reports_to_id, parent.name AS reports_to_name,
  b.retired_at IS NOT NULL AS retired, b.version,
  (SELECT count(*)::int FROM body_membership m JOIN app_user u ON u.id = m.user_id AND u.is_active WHERE m.body_id = b.id) AS member_count`;
const FROM = `FROM body b LEFT JOIN body parent ON parent.id = b.reports_to_id`;

/** Live bodies first, each group by name. */
const BODIES = new PreparedStatement(`SELECT ${COLUMNS} ${FROM} ORDER BY b.retired_at IS NOT NULL, b.name`);
const BODY = new PreparedStatement(`SELECT ${COLUMNS} ${FROM} WHERE b.id = $1`);
const LOCK = new PreparedStatement(`SELECT ${COLUMNS} ${FROM} WHERE b.id = $1 FOR UPDATE OF b`);
const MEMBERS = new PreparedStatement(`
  SELECT u.id, u.name, u.email, u.is_active AS "isActive"
    FROM body_membership m JOIN app_user u ON u.id = m.user_id
   WHERE m.body_id = $1
   ORDER BY u.is_active DESC, u.name, u.id`);
const INSERT = new PreparedStatement(`INSERT INTO body (strategy_id, name, kind, remit, reports_to_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`);
const UPDATE = new PreparedStatement(`UPDATE body SET name = $2, kind = $3, remit = $4, reports_to_id = $5, version = version + 1 WHERE id = $1`);
const RETIRE = new PreparedStatement(`UPDATE body SET retired_at = now(), version = version + 1 WHERE id = $1`);
const NAME_TAKEN = new PreparedStatement(`SELECT 1 FROM body WHERE strategy_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3`);
/** Whether `$1` is `$2` or one of the bodies `$2` reports to, directly or through others. */
const IN_CHAIN_ABOVE = new PreparedStatement(`
  WITH RECURSIVE chain(id) AS (
    SELECT id FROM body WHERE id = $2
    UNION
    SELECT b.reports_to_id FROM body b JOIN chain ON b.id = chain.id WHERE b.reports_to_id IS NOT NULL
  )
  SELECT 1 FROM chain WHERE id = $1`);
const ACTIVE_BODIES_FOUND = new PreparedStatement(`SELECT count(*)::int AS found FROM body WHERE id = ANY($1::uuid[]) AND retired_at IS NULL`);

export const selectBodies = (db: EntityManager) => runPrepared<BodyRow>(db, BODIES);

export async function selectBody(db: EntityManager, id: string): Promise<BodyRow | undefined> {
  const [row] = await runPrepared<BodyRow>(db, BODY, [id]);
  return row;
}

export async function lockBody(db: EntityManager, id: string): Promise<BodyRow | undefined> {
  const [row] = await runPrepared<BodyRow>(db, LOCK, [id]);
  return row;
}

export const selectBodyMembers = (db: EntityManager, id: string) => runPrepared<BodyMember>(db, MEMBERS, [id]);

const bodyValues = (b: BodyFields) => [b.name, b.kind, b.remit, b.reportsToId];

export async function insertBody(db: EntityManager, strategyId: string, b: BodyFields): Promise<string> {
  const [row] = await runPrepared<{ id: string }>(db, INSERT, [strategyId, ...bodyValues(b)]);
  return row.id;
}

export async function updateBody(db: EntityManager, id: string, b: BodyFields): Promise<void> {
  await runPrepared(db, UPDATE, [id, ...bodyValues(b)]);
}

export async function retireBody(db: EntityManager, id: string): Promise<void> {
  await runPrepared(db, RETIRE, [id]);
}

export const bodyNameTaken = async (db: EntityManager, strategyId: string, name: string, exceptId: string | null) =>
  (await runPrepared(db, NAME_TAKEN, [strategyId, name, exceptId])).length > 0;

/** Whether making `bodyId` report to `parentId` would close a loop: the body is the parent or above it already. */
export const wouldFormCycle = async (db: EntityManager, bodyId: string, parentId: string) =>
  (await runPrepared(db, IN_CHAIN_ABOVE, [bodyId, parentId])).length > 0;

/** How many of these ids are governance bodies that have not been retired. */
export async function countActiveBodies(db: EntityManager, bodyIds: string[]): Promise<number> {
  const [{ found }] = await runPrepared<{ found: number }>(db, ACTIVE_BODIES_FOUND, [bodyIds]);
  return found;
}
