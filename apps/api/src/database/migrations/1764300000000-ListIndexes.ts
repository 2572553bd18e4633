import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the action list's filters and sorts (apps/api/src/action-list/action-list.sql.ts), and a trigger that
 * keeps action.last_update_at at the newest progress update, so "stale" and "sort by last update" read a column
 * instead of looking up max(progress_update.created_at) for every action (4,633 index probes per page before).
 *
 * Evidence: `node bench/explain-list.mjs --plans` on the bench's large data set (`npm run seed:large`: 5,000 actions,
 * 200,000 updates). "page" is the list's LIMIT 25 query, "count" its count(*); times are medians of 21 runs on a
 * 2-core machine that other jobs kept busy (load 13), so read the plan shapes more than the milliseconds.
 *
 * Added:
 * - action (reference): the default sort. page 44.5 -> 8.6 ms
 *     before: Seq Scan on action a (rows=4633) -> Sort Method: top-N heapsort
 *     after:  Index Scan using action_reference_idx on action a (rows=26)
 *   It also serves the page of every filter that keeps the default sort (priority 19.4 -> 5.8 ms, status 29.9 -> 6.7,
 *   segment 18.8 -> 8.7: walk the references in order, keep the matches, stop at 25). The UNIQUE (strategy_id,
 *   reference) index cannot: the list does not filter on strategy_id.
 * - action (lower(title)): sort by title. page 65.5 -> 4.7 ms; Seq Scan + top-N heapsort -> Index Scan (rows=26) + Incremental Sort.
 * - action (due_date) and action (due_date DESC NULLS LAST): sort by due date, both ways (no due date is last both ways,
 *   so one index cannot serve both directions), and the dashboard's overdue list. Ascending page 85.5 -> 5.0 ms,
 *   overdue 24.9 -> 6.1 ms (Index Scan, rows=26); descending page 63.6 ms as a Seq Scan + top-N heapsort without it.
 *   The bench's own list (priority 2, in progress, red/amber, by due date): Index Scan using action_due_idx (rows=185).
 * - action (last_update_at NULLS FIRST): sort by last update (ascending NULLS FIRST, descending NULLS LAST: one index
 *   read forwards or backwards) and the stale filter, whose page sorts by it. sort page 60.8 -> 4.8 ms, stale page
 *   35.2 -> 4.2 ms: Seq Scan (rows=4633 / 3245) + top-N heapsort -> Index Scan [Backward] (rows=26).
 * - action (owner_id): the owner filter and "me" (the dashboard's "my actions needing an update" on every dashboard).
 *   Seq Scan on action (rows=15 kept of 5,000) -> Bitmap Index Scan (rows=16); myStale page 7.5 -> 1.9 ms.
 * - action (RAG severity) and action (status stage), the sort expressions: page 84.3 -> 14.0 ms (rag) and
 *   ~44 -> 15.5 ms (status): Seq Scan (rows=4633) + full sort -> Index Scan of the first group (rows=380 / 469) + Incremental Sort.
 * - action (priority_id, status, rag, due_date): the common filters together. The priority filter names priorities by id
 *   or number; numbers are resolved to ids inside the statement (`a.priority_id = ANY($1 || ARRAY(SELECT id FROM priority
 *   WHERE number = ANY($2)))`), where `(a.priority_id = ANY($1) OR p.number = ANY($2))` before could only be checked
 *   after the join, and the count no longer joins (the joins follow NOT NULL foreign keys). The bench's list
 *   (priority 2, in progress, red/amber, by due date), 60 runs on a busy 2-core machine (load 6-9):
 *     count before: Seq Scan on action a (rows=1451, 427 pages) + Hash Join Filter (Rows Removed: 1201): 4.2 ms median
 *     count after:  Index Only Scan using action_list_filter_idx (rows=250, Heap Fetches: 0, 9 buffers): 0.38 ms median
 *     page before 5.8 ms median, after 2.6 ms: Index Scan using action_due_idx with the filter checked on the action row
 *     (rows=51) instead of a join filter on every row.
 * - action_partner (partner_id): the partner filter. Seq Scan on action_partner (rows=102 kept of 6,675) -> Bitmap Index
 *   Scan (rows=102). The primary key (action_id, partner_id) cannot find a partner's actions.
 * - action GIN (reference, title, description gin_trgm_ops): the text search, ILIKE '%...%' on three columns.
 *   page 61.6 -> 5.9 ms, count 70.4 -> 4.4 ms: Seq Scan (rows=4633) -> BitmapOr of three Bitmap Index Scans (rows=16).
 *   pg_trgm is a trusted extension: the database owner may create it. Searches under 3 characters still scan.
 * - progress_update_measure (measure_id): not a list filter but the action page's latest value of each measure
 *   (apps/api/src/actions/action-reader.ts) read the whole table per measure:
 *   Seq Scan on progress_update_measure (Rows Removed by Filter: 99,980) 63.9 ms -> Index Scan (rows=20).
 *
 * Not added, because the plans show no gain:
 * - action (priority_id) alone: action_list_filter_idx leads with it. Sort by priority orders by the joined
 *   priority.number, which no index on
 *   action can give: it stays a top-N heapsort of the matching rows.
 * - action (owning_body_id): 4 bodies, 5-45% of the actions each; the planner chose the index only for the smallest
 *   body's count (236 rows, 4.0 -> 2.5 ms, within the noise) and the page walks action_reference_idx.
 * - action (status), action (rag): 4 and 5 values; a filter on them keeps 8-60% of 5,000 rows, cheaper by Seq Scan.
 * - action_segment (segment_id): 8 segments, ~960 actions each; the planner scanned action_segment by Bitmap Heap Scan
 *   (2.9-5.7 ms) where the Seq Scan took 0.7 ms, and the page probes the primary key per action (Index Only Scan).
 * - overdue is `due_date < current_date` on open actions: served by action_due_idx when the page sorts by due date,
 *   otherwise a Seq Scan of 5,000 rows.
 */
export class ListIndexes1764300000000 implements MigrationInterface {
  name = 'ListIndexes1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION action_last_update_follows_updates() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE action SET last_update_at = NEW.created_at
        WHERE id = NEW.action_id AND (last_update_at IS NULL OR last_update_at < NEW.created_at);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER progress_update_sets_last_update_at AFTER INSERT ON progress_update
      FOR EACH ROW EXECUTE FUNCTION action_last_update_follows_updates()`);
    await db.query(`
      UPDATE action a SET last_update_at = latest.at
      FROM (SELECT action_id, max(created_at) AS at FROM progress_update GROUP BY action_id) latest
      WHERE latest.action_id = a.id AND (a.last_update_at IS NULL OR a.last_update_at < latest.at)`);

    await db.query(`CREATE INDEX action_reference_idx ON action (reference)`);
    await db.query(`CREATE INDEX action_title_idx ON action (lower(title))`);
    await db.query(`CREATE INDEX action_due_idx ON action (due_date)`);
    await db.query(`CREATE INDEX action_due_desc_idx ON action (due_date DESC NULLS LAST)`);
    await db.query(`CREATE INDEX action_last_update_idx ON action (last_update_at NULLS FIRST)`);
    await db.query(`CREATE INDEX action_owner_idx ON action (owner_id)`);
    await db.query(`CREATE INDEX action_rag_order_idx ON action (array_position(ARRAY['red', 'amber', 'green', 'blue', 'grey'], rag))`);
    await db.query(`CREATE INDEX action_status_order_idx ON action (array_position(ARRAY['not_started', 'in_progress', 'complete', 'cancelled'], status))`);
    await db.query(`CREATE INDEX action_list_filter_idx ON action (priority_id, status, rag, due_date)`);
    await db.query(`CREATE INDEX action_partner_partner_idx ON action_partner (partner_id)`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE INDEX action_text_idx ON action USING gin (reference gin_trgm_ops, title gin_trgm_ops, description gin_trgm_ops)`);
    await db.query(`CREATE INDEX progress_update_measure_measure_idx ON progress_update_measure (measure_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of [
      'progress_update_measure_measure_idx', 'action_text_idx', 'action_partner_partner_idx', 'action_list_filter_idx', 'action_status_order_idx', 'action_rag_order_idx',
      'action_owner_idx', 'action_last_update_idx', 'action_due_desc_idx', 'action_due_idx', 'action_title_idx', 'action_reference_idx',
    ]) {
      await db.query(`DROP INDEX ${index}`);
    }
    await db.query(`DROP TRIGGER progress_update_sets_last_update_at ON progress_update`);
    await db.query(`DROP FUNCTION action_last_update_follows_updates()`);
  }
}
