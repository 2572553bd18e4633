import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../prepared-statement.js';

/** The columns the demo writes in each table, with their types, in the order the tables must be filled (foreign keys first). */
const TABLES = {
  app_user: 'id uuid, email text, name text, password_hash text, is_admin boolean, partner_id uuid',
  body_membership: 'user_id uuid, body_id uuid',
  partner_contact: 'id uuid, partner_id uuid, name text, role text, email text, phone text',
  partner_protocol: 'id uuid, partner_id uuid, protocol_name text, protocol_version text, signed_on date, signed_by text',
  action:
    'id uuid, strategy_id uuid, reference text, title text, description text, priority_id uuid, owner_id uuid, owning_body_id uuid, ' +
    'start_date date, due_date date, status text, rag text, percent_complete integer, last_update_at timestamptz, cancelled_reason text, ' +
    'version integer, created_at timestamptz, updated_at timestamptz',
  action_partner: 'action_id uuid, partner_id uuid',
  action_segment: 'action_id uuid, segment_id uuid',
  milestone: 'id uuid, action_id uuid, title text, due_date date, done_date date, created_at timestamptz',
  measure: 'id uuid, action_id uuid, name text, unit text, target numeric, baseline numeric, created_at timestamptz',
  progress_update:
    'id uuid, action_id uuid, author_id uuid, created_at timestamptz, commentary text, rag text, percent_complete integer, ' +
    'problem text, corrective_action text, revised_date date',
  progress_update_measure: 'update_id uuid, measure_id uuid, value numeric',
  board_meeting: 'id uuid, meeting_date date, title text, created_by_id uuid, created_at timestamptz',
  escalation:
    'id uuid, action_id uuid, raised_by_id uuid, raised_at timestamptz, problem text, impact text, decision_sought text, urgency text, ' +
    'needed_by date, status text, reviewer_id uuid, review_started_at timestamptz, decision text, decision_text text, conditions text, ' +
    'decided_by_id uuid, decided_at timestamptz, decided_in_meeting_id uuid, follow_up_owner_id uuid, follow_up_due date, ' +
    'follow_up_milestone_id uuid, outcome text, resolved_by_id uuid, resolved_at timestamptz, version integer, updated_at timestamptz',
  board_meeting_agenda_item: 'meeting_id uuid, escalation_id uuid, position integer, added_by_id uuid, added_at timestamptz',
  review_cycle:
    'id uuid, strategy_id uuid, name text, period_start date, period_end date, returns_due date, reminder_days_before integer, status text, ' +
    'created_by_id uuid, created_at timestamptz, opened_at timestamptz, opened_by_id uuid, board_review_at timestamptz, version integer, updated_at timestamptz',
  review_return:
    'id uuid, cycle_id uuid, action_id uuid, owner_id uuid, status text, action_status text, rag text, rag_reason text, corrective_action text, ' +
    'revised_date date, narrative text, next_steps text, board_comment text, submitted_at timestamptz, submitted_by_id uuid, ' +
    'sent_back_at timestamptz, sent_back_by_id uuid, accepted_at timestamptz, accepted_by_id uuid, version integer, updated_at timestamptz',
  review_return_measure: 'return_id uuid, measure_id uuid, value numeric',
  review_amendment: 'id uuid, return_id uuid, kind text, new_due_date date, new_scope text, measure_id uuid, new_target numeric, reason text, position integer',
  attachment:
    'id uuid, action_id uuid, progress_update_id uuid, review_return_id uuid, escalation_id uuid, file_name text, media_type text, size_bytes integer, ' +
    'sha256 text, uploaded_by_id uuid, uploaded_at timestamptz',
  // The bytes as PostgreSQL's hex text (`\x...`), which a bytea column reads from JSON.
  attachment_content: 'attachment_id uuid, content bytea',
  notification:
    'id uuid, user_id uuid, kind text, title text, body text, action_id uuid, escalation_id uuid, review_cycle_id uuid, created_at timestamptz, read_at timestamptz',
  audit_event: 'occurred_at timestamptz, actor_id uuid, operation text, entity_type text, entity_id text, changes jsonb',
} as const;

export type DemoTable = keyof typeof TABLES;
export type DemoRow = Record<string, unknown>;
export type DemoRows = Partial<Record<DemoTable, DemoRow[]>>;

/** Fill order: each table after the ones its rows point at. */
export const DEMO_TABLES = Object.keys(TABLES) as DemoTable[];

/** One statement per table: the rows arrive as one JSON array, so a table of hundreds of rows is one round trip. */
const INSERTS = Object.fromEntries(
  DEMO_TABLES.map((table) => {
    const columns = TABLES[table].split(', ').map((column) => column.split(' ')[0]).join(', ');
    return [table, new PreparedStatement(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS r(${TABLES[table]})`)];
  }),
) as Record<DemoTable, PreparedStatement>;

export async function insertDemoRows(db: EntityManager, rows: DemoRows): Promise<void> {
  for (const table of DEMO_TABLES) {
    const batch = rows[table];
    if (batch && batch.length > 0) await runPrepared(db, INSERTS[table], [JSON.stringify(batch)]);
  }
}

const INSERT_STRATEGY = new PreparedStatement(`INSERT INTO strategy (id, name, purpose, reference_prefix) VALUES ($1, $2, $3, $4) RETURNING id`);
const INSERT_PRIORITY = new PreparedStatement(
  `INSERT INTO priority (id, strategy_id, number, title, display_order) VALUES ($1, $2, $3, $4, $3) RETURNING id`);
const INSERT_BODY = new PreparedStatement(`INSERT INTO body (id, strategy_id, name, kind, remit) VALUES ($1, $2, $3, $4, $5) RETURNING id`);
const INSERT_SEGMENT = new PreparedStatement(`
  INSERT INTO population_segment (id, strategy_id, name, household_share, very_low_propensity) VALUES ($1, $2, $3, $4, $5) RETURNING id`);
// Partners and people may be there already (made before the strategy was): the demo then uses them as they are.
const INSERT_PARTNER = new PreparedStatement(`
  INSERT INTO partner (id, name, description) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`);
const INSERT_USER = new PreparedStatement(`
  INSERT INTO app_user (id, email, name, password_hash, is_admin, partner_id) VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (lower(email)) DO UPDATE SET email = EXCLUDED.email RETURNING id`);
const INSERT_MEMBERSHIP = new PreparedStatement(`INSERT INTO body_membership (user_id, body_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`);

const returnedId = async (rows: Promise<{ id: string }[]>) => (await rows)[0].id;

export const insertStrategy = (db: EntityManager, values: [string, string, string, string]) => returnedId(runPrepared(db, INSERT_STRATEGY, values));
export const insertPriority = (db: EntityManager, values: [string, string, number, string]) => returnedId(runPrepared(db, INSERT_PRIORITY, values));
export const insertBody = (db: EntityManager, values: [string, string, string, string, string]) => returnedId(runPrepared(db, INSERT_BODY, values));
export const insertSegment = (db: EntityManager, values: [string, string, string, number, boolean]) => returnedId(runPrepared(db, INSERT_SEGMENT, values));
export const insertPartner = (db: EntityManager, values: [string, string, string]) => returnedId(runPrepared(db, INSERT_PARTNER, values));
export const insertUser = (db: EntityManager, values: [string, string, string, string, boolean, string | null]) => returnedId(runPrepared(db, INSERT_USER, values));
export const insertMembership = (db: EntityManager, userId: string, bodyId: string) => runPrepared(db, INSERT_MEMBERSHIP, [userId, bodyId]);

const HAS_STRATEGY = new PreparedStatement(`SELECT 1 FROM strategy LIMIT 1`);
const MARK_SIGNED_OFF = new PreparedStatement(`UPDATE review_cycle SET status = 'signed_off', version = version + 1 WHERE id = $1`);

export const strategyExists = async (db: EntityManager) => (await runPrepared(db, HAS_STRATEGY)).length > 0;

/** The last write to a demo cycle that has its snapshot: from then on the database refuses any change to it. */
export async function markDemoCycleSignedOff(db: EntityManager, cycleId: string): Promise<void> {
  await runPrepared(db, MARK_SIGNED_OFF, [cycleId]);
}
