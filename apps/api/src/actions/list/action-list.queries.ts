import { STALE_AFTER_DAYS, type ActionListFilters, type ActionListSort, type SortDirection } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { escapeLike } from '../../common/text/escape-like.js';
import { PreparedStatement, preparedWhileFew, runPrepared, type SqlQuery } from '../../database/prepared-statement.js';
import type { ActionSummaryRow } from '../action-summary.mapper.js';

/**
 * The last progress update. A trigger (migration ListIndexes) keeps it at the newest update's time however the update
 * was written, so no per-action look-up into progress_update is needed to filter or sort by it.
 */
const LAST_UPDATE_AT = 'a.last_update_at';
const IS_OPEN = `a.status NOT IN ('complete', 'cancelled')`;
const IS_OVERDUE = `(a.due_date IS NOT NULL AND a.due_date < current_date AND ${IS_OPEN})`;
const IS_STALE = `(${IS_OPEN} AND (${LAST_UPDATE_AT} IS NULL OR ${LAST_UPDATE_AT} < now() - interval '${STALE_AFTER_DAYS} days'))`;
/** Waits on a blocker still open (migration ActionDependencies). */
const IS_BLOCKED = `EXISTS (SELECT 1 FROM action_dependency d JOIN action blocker ON blocker.id = d.blocker_id
  WHERE d.blocked_id = a.id AND blocker.status NOT IN ('complete', 'cancelled'))`;
const RAG_SEVERITY = `array_position(ARRAY['red', 'amber', 'green', 'blue', 'grey'], a.rag)`;
const STATUS_STAGE = `array_position(ARRAY['not_started', 'in_progress', 'complete', 'cancelled'], a.status)`;

const FROM = `
  FROM action a
  JOIN priority p ON p.id = a.priority_id
  JOIN app_user u ON u.id = a.owner_id
  JOIN body b ON b.id = a.owning_body_id`;

const SUMMARY_COLUMNS = `
  a.id, a.reference, a.title, a.status, a.rag, a.percent_complete, a.version,
  to_char(a.start_date, 'YYYY-MM-DD') AS start_date, to_char(a.due_date, 'YYYY-MM-DD') AS due_date,
  ${LAST_UPDATE_AT} AS last_update_at, ${IS_OVERDUE} AS overdue, ${IS_BLOCKED} AS blocked,
  p.id AS priority_id, p.number AS priority_number, p.title AS priority_title,
  u.id AS owner_id, u.name AS owner_name, b.id AS body_id, b.name AS body_name`;

/** The only ORDER BY expressions a caller can choose: the sort key picks one, never text from the request. */
const ORDER_BY: Record<ActionListSort, (direction: 'ASC' | 'DESC') => string> = {
  reference: (direction) => `a.reference ${direction}`,
  title: (direction) => `lower(a.title) ${direction}`,
  dueDate: (direction) => `a.due_date ${direction} NULLS LAST`,
  rag: (direction) => `${RAG_SEVERITY} ${direction}`,
  status: (direction) => `${STATUS_STAGE} ${direction}`,
  priority: (direction) => `p.number ${direction}`,
  // Never updated counts as the oldest update.
  lastUpdateAt: (direction) => `${LAST_UPDATE_AT} ${direction} NULLS ${direction === 'ASC' ? 'FIRST' : 'LAST'}`,
};



function whereClause(filters: ActionListFilters, userId: string): SqlQuery {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;

  if (filters.priority) {
    const ids = filters.priority.filter((value) => value.includes('-'));
    const numbers = filters.priority.filter((value) => !value.includes('-')).map(Number);
    // Numbers resolved to ids in the same statement: one condition on a.priority_id, which the composite index serves.
    conditions.push(`a.priority_id = ANY(${param(ids)}::uuid[] || ARRAY(SELECT id FROM priority WHERE number = ANY(${param(numbers)}::int[])))`);
  }
  conditions.push(filters.status ? `a.status = ANY(${param(filters.status)}::text[])` : `a.status <> 'cancelled'`);
  if (filters.rag) conditions.push(`a.rag = ANY(${param(filters.rag)}::text[])`);
  if (filters.owner) conditions.push(`a.owner_id = ${param(filters.owner === 'me' ? userId : filters.owner)}`);
  if (filters.body) conditions.push(`a.owning_body_id = ${param(filters.body)}`);
  if (filters.partner) {
    conditions.push(`EXISTS (SELECT 1 FROM action_partner ap WHERE ap.action_id = a.id AND ap.partner_id = ${param(filters.partner)})`);
  }
  if (filters.segment) {
    conditions.push(`EXISTS (SELECT 1 FROM action_segment s WHERE s.action_id = a.id AND s.segment_id = ${param(filters.segment)})`);
  }
  if (filters.overdue !== undefined) conditions.push(`${IS_OVERDUE} = ${param(filters.overdue)}`);
  if (filters.stale !== undefined) conditions.push(`${IS_STALE} = ${param(filters.stale)}`);
  if (filters.blocked !== undefined) conditions.push(`${IS_BLOCKED} = ${param(filters.blocked)}`);
  if (filters.q) {
    const pattern = param(`%${escapeLike(filters.q)}%`);
    conditions.push(`(a.reference ILIKE ${pattern} OR a.title ILIKE ${pattern} OR a.description ILIKE ${pattern})`);
  }
  return { text: `WHERE ${conditions.join(' AND ')}`, values };
}

function orderByClause(sort: ActionListSort = 'reference', direction: SortDirection = 'asc'): string {
  return `ORDER BY ${ORDER_BY[sort](direction === 'desc' ? 'DESC' : 'ASC')}, a.reference ASC, a.id ASC`;
}

/** The summaries of the matching actions, sorted; one page of them when `page` is given. */
function selectSummaries(filters: ActionListFilters, userId: string, page?: { limit: number; offset: number }): SqlQuery {
  const where = whereClause(filters, userId);
  const values = [...where.values];
  const limit = page ? `LIMIT $${values.push(page.limit)} OFFSET $${values.push(page.offset)}` : '';
  return { text: `SELECT ${SUMMARY_COLUMNS} ${FROM} ${where.text} ${orderByClause(filters.sort, filters.direction)} ${limit}`, values };
}

/**
 * One page with the count of all matches on each row (`total`, computed once: the subquery is uncorrelated), so a
 * page costs one round trip rather than two. A page past the last has no row to carry the count: see countSummaries.
 * The page's ids are found first, carrying only the sort keys, and only those rows are joined and formatted: sorting
 * every match with its joined columns cost more than the rest of the statement (bench/README.md).
 */
function selectPageWithTotal(filters: ActionListFilters, userId: string, page: { limit: number; offset: number }): SqlQuery {
  const where = whereClause(filters, userId);
  const values = [...where.values];
  const limit = `LIMIT $${values.push(page.limit)} OFFSET $${values.push(page.offset)}`;
  const orderBy = orderByClause(filters.sort, filters.direction);
  const sortJoin = filters.sort === 'priority' ? 'JOIN priority p ON p.id = a.priority_id' : '';
  const pageIds = `SELECT a.id FROM action a ${sortJoin} ${where.text} ${orderBy} ${limit}`;
  const total = `(SELECT count(*)::int FROM action a ${where.text}) AS total`;
  return {
    text: `WITH page AS (${pageIds}) SELECT ${total}, ${SUMMARY_COLUMNS} ${FROM} JOIN page ON page.id = a.id ${orderBy}`,
    values,
  };
}

/**
 * The filters name only action columns (and subqueries), and the joins follow NOT NULL foreign keys, so the count
 * needs no join: an index-only scan of action_list_filter_idx for the common filters.
 */
function countSummaries(filters: ActionListFilters, userId: string): SqlQuery {
  const where = whereClause(filters, userId);
  return { text: `SELECT count(*)::int AS total FROM action a ${where.text}`, values: where.values };
}

/** One page of the matching actions' summaries, each row carrying the count of all matches. */
export function selectPage(db: EntityManager, filters: ActionListFilters, userId: string, page: { limit: number; offset: number }) {
  const query = selectPageWithTotal(filters, userId, page);
  return runPrepared<ActionSummaryRow & { total: number }>(db, preparedWhileFew(query.text), query.values);
}

/** How many actions match: for a page past the last, which has no row to carry the count. */
export async function countMatches(db: EntityManager, filters: ActionListFilters, userId: string): Promise<number> {
  const query = countSummaries(filters, userId);
  const [{ total }] = await runPrepared<{ total: number }>(db, preparedWhileFew(query.text), query.values);
  return total;
}

/** Every matching action's summary, sorted. */
export function selectAllMatches(db: EntityManager, filters: ActionListFilters, userId: string) {
  const query = selectSummaries(filters, userId);
  return runPrepared<ActionSummaryRow>(db, preparedWhileFew(query.text), query.values);
}

const TODAY = new PreparedStatement(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);

/** The database's date, the same "today" that decides which actions are overdue. */
export async function selectToday(db: EntityManager): Promise<string> {
  const [{ today }] = await runPrepared<{ today: string }>(db, TODAY);
  return today;
}
