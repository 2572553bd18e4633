// The action list's SQL, as apps/api/src/actions/list/action-list.queries.ts builds it; the baseline runs it.
/**
 * The SQL that apps/api/src/actions/list/action-list.queries.ts builds for the bench's list request
 * (LIST_QUERY in endpoints.mjs: priority 2, in progress, red or amber, by due date, page 2 of 25).
 * run.mjs checks that both servers return the same actions.
 */
const FROM = `
  FROM action a
  JOIN priority p ON p.id = a.priority_id
  JOIN app_user u ON u.id = a.owner_id
  JOIN body b ON b.id = a.owning_body_id`;
const WHERE = `WHERE a.priority_id = ANY($1::uuid[] || ARRAY(SELECT id FROM priority WHERE number = ANY($2::int[]))) AND a.status = ANY($3::text[]) AND a.rag = ANY($4::text[])`;
const COLUMNS = `
  a.id, a.reference, a.title, a.status, a.rag, a.percent_complete, a.version,
  to_char(a.start_date, 'YYYY-MM-DD') AS start_date, to_char(a.due_date, 'YYYY-MM-DD') AS due_date,
  a.last_update_at,
  (a.due_date IS NOT NULL AND a.due_date < current_date AND a.status NOT IN ('complete', 'cancelled')) AS overdue,
  p.id AS priority_id, p.number AS priority_number, p.title AS priority_title,
  u.id AS owner_id, u.name AS owner_name, b.id AS body_id, b.name AS body_name`;
export const listSql = (where, orderBy, extraColumns = '') => `SELECT${extraColumns}${COLUMNS}
  ${FROM} ${where} ORDER BY ${orderBy}, a.reference ASC, a.id ASC`;
export const countSql = (where) => `SELECT count(*)::int AS total FROM action a ${where}`;
export const COUNT_SQL = countSql(WHERE);
/** The list's one statement per page (selectPageWithTotal): the page's ids first, then their rows, each with the count. */
const ORDER_BY = 'ORDER BY a.due_date ASC NULLS LAST, a.reference ASC, a.id ASC';
export const PAGE_SQL = `WITH page AS (SELECT a.id FROM action a  ${WHERE} ${ORDER_BY} LIMIT $5 OFFSET $6) SELECT (SELECT count(*)::int FROM action a ${WHERE}) AS total,${COLUMNS}
  ${FROM} JOIN page ON page.id = a.id ${ORDER_BY}`;
export const FILTER = [[], [2], ['in_progress'], ['red', 'amber']];
export const PAGE = { page: 2, pageSize: 25 };

