import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/**
 * What an import matches a file's names against, and what the template lists; the strategy comes from StrategyService.
 * Retired priorities, bodies and segments are not offered for new actions, so a file naming one is told so.
 */

const PRIORITIES = new PreparedStatement(`SELECT id, number FROM priority WHERE strategy_id = $1 AND retired_at IS NULL`);
const PEOPLE_BY_EMAIL = new PreparedStatement(`SELECT id, name, email, is_active FROM app_user WHERE lower(email) = ANY($1::text[])`);
const TAKEN_REFERENCES = new PreparedStatement(`SELECT reference FROM action WHERE upper(reference) = ANY($1::text[])`);
const LIVE_TITLES = new PreparedStatement(`
  SELECT title, reference FROM action WHERE strategy_id = $1 AND status <> 'cancelled' ORDER BY reference DESC`);
const BODIES = new PreparedStatement(`SELECT id, name FROM body WHERE strategy_id = $1 AND retired_at IS NULL`);
const PARTNERS = new PreparedStatement(`SELECT id, name FROM partner`);
const SEGMENTS = new PreparedStatement(`SELECT id, name FROM population_segment WHERE strategy_id = $1 AND retired_at IS NULL`);
const ACTION_PROGRESS = new PreparedStatement(`SELECT reference, status, rag, percent_complete FROM action WHERE id = $1`);
const SET_IMPORTED = new PreparedStatement(`UPDATE action SET reference = $2, status = $3, rag = $4, percent_complete = $5 WHERE id = $1`);

const TEMPLATE_PRIORITIES = new PreparedStatement(`SELECT number || '. ' || title AS name FROM priority WHERE strategy_id = $1 AND retired_at IS NULL ORDER BY number`);
const TEMPLATE_BODIES = new PreparedStatement(`SELECT name FROM body WHERE strategy_id = $1 AND retired_at IS NULL ORDER BY name`);
const TEMPLATE_PARTNERS = new PreparedStatement(`SELECT name FROM partner ORDER BY name`);
const TEMPLATE_SEGMENTS = new PreparedStatement(`SELECT name FROM population_segment WHERE strategy_id = $1 AND retired_at IS NULL ORDER BY name`);

type Named = { id: string; name: string };

export const selectPriorities = (db: EntityManager, strategyId: string) => runPrepared<{ id: string; number: number }>(db, PRIORITIES, [strategyId]);
export const selectPeopleByEmail = (db: EntityManager, emails: string[]) =>
  runPrepared<{ id: string; name: string; email: string; is_active: boolean }>(db, PEOPLE_BY_EMAIL, [emails]);
export const selectTakenReferences = (db: EntityManager, references: string[]) => runPrepared<{ reference: string }>(db, TAKEN_REFERENCES, [references]);
export const selectLiveTitles = (db: EntityManager, strategyId: string) => runPrepared<{ title: string; reference: string }>(db, LIVE_TITLES, [strategyId]);
export const selectBodies = (db: EntityManager, strategyId: string) => runPrepared<Named>(db, BODIES, [strategyId]);
export const selectPartners = (db: EntityManager) => runPrepared<Named>(db, PARTNERS);
export const selectSegments = (db: EntityManager, strategyId: string) => runPrepared<Named>(db, SEGMENTS, [strategyId]);

/** The created action's reference and progress, to compare with what the file's row names. */
export async function selectActionProgress(db: EntityManager, actionId: string) {
  const [row] = await runPrepared<{ reference: string; status: string; rag: string; percent_complete: number }>(db, ACTION_PROGRESS, [actionId]);
  return row;
}

/** Sets the reference, status, RAG and percentage a file's row names on the action just created from it. */
export async function setImportedProgress(
  db: EntityManager, actionId: string, p: { reference: string; status: string; rag: string; percentComplete: number },
): Promise<void> {
  await runPrepared(db, SET_IMPORTED, [actionId, p.reference, p.status, p.rag, p.percentComplete]);
}

const names = async (rows: Promise<{ name: string }[]>) => (await rows).map((row) => row.name);

/** The names the template's Guidance sheet lists, each sorted. */
export async function selectTemplateNames(db: EntityManager, strategyId: string | null) {
  return {
    priority: await names(runPrepared<{ name: string }>(db, TEMPLATE_PRIORITIES, [strategyId])),
    owningBody: await names(runPrepared<{ name: string }>(db, TEMPLATE_BODIES, [strategyId])),
    partners: await names(runPrepared<{ name: string }>(db, TEMPLATE_PARTNERS)),
    segments: await names(runPrepared<{ name: string }>(db, TEMPLATE_SEGMENTS, [strategyId])),
  };
}
