import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['risk', 'risk_mitigation', 'risk_action', 'risk_priority', 'risk_review'];

/**
 * The strategy's risk register (issue 18 point 2). A risk's current likelihood, impact and status change only by a
 * review, and every review is a row of risk_review: its history, append-only as the audit trail is (PostgreSQL refuses
 * to change or remove one). The score is the product of likelihood and impact, computed by PostgreSQL so it cannot
 * disagree with them. A review can belong to a review cycle: the owner's review of their risks in that cycle.
 * Every table gets the change trigger the read cache counts on (DataVersion).
 */
export class RiskRegister1764400000000 implements MigrationInterface {
  name = 'RiskRegister1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE risk (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id),
        number integer GENERATED ALWAYS AS IDENTITY UNIQUE,
        title text NOT NULL CHECK (btrim(title) <> ''),
        cause text NOT NULL,
        effect text NOT NULL,
        owner_id uuid NOT NULL REFERENCES app_user(id),
        likelihood integer NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
        impact integer NOT NULL CHECK (impact BETWEEN 1 AND 5),
        score integer GENERATED ALWAYS AS (likelihood * impact) STORED,
        target_score integer NOT NULL CHECK (target_score BETWEEN 1 AND 25),
        review_date date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'mitigated', 'closed')),
        created_by_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX risk_strategy_idx ON risk (strategy_id, number)`);
    await db.query(`CREATE INDEX risk_owner_idx ON risk (owner_id) WHERE status <> 'closed'`);
    await db.query(`CREATE INDEX risk_review_due_idx ON risk (review_date) WHERE status <> 'closed'`);
    await db.query(`
      CREATE TABLE risk_mitigation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        risk_id uuid NOT NULL REFERENCES risk(id),
        description text NOT NULL CHECK (btrim(description) <> ''),
        owner_id uuid NOT NULL REFERENCES app_user(id),
        due_date date NOT NULL,
        done boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX risk_mitigation_risk_idx ON risk_mitigation (risk_id, due_date)`);
    await db.query(`
      CREATE TABLE risk_action (
        risk_id uuid NOT NULL REFERENCES risk(id),
        action_id uuid NOT NULL REFERENCES action(id),
        PRIMARY KEY (risk_id, action_id)
      )`);
    await db.query(`CREATE INDEX risk_action_action_idx ON risk_action (action_id)`);
    await db.query(`
      CREATE TABLE risk_priority (
        risk_id uuid NOT NULL REFERENCES risk(id),
        priority_id uuid NOT NULL REFERENCES priority(id),
        PRIMARY KEY (risk_id, priority_id)
      )`);
    await db.query(`
      CREATE TABLE risk_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        risk_id uuid NOT NULL REFERENCES risk(id),
        review_cycle_id uuid REFERENCES review_cycle(id),
        reviewed_by_id uuid NOT NULL REFERENCES app_user(id),
        reviewed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        likelihood integer NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
        impact integer NOT NULL CHECK (impact BETWEEN 1 AND 5),
        score integer GENERATED ALWAYS AS (likelihood * impact) STORED,
        status text NOT NULL CHECK (status IN ('open', 'mitigated', 'closed')),
        note text NOT NULL,
        next_review_date date NOT NULL
      )`);
    await db.query(`CREATE INDEX risk_review_risk_idx ON risk_review (risk_id, reviewed_at)`);
    await db.query(`CREATE INDEX risk_review_cycle_idx ON risk_review (review_cycle_id, risk_id) WHERE review_cycle_id IS NOT NULL`);
    await db.query(`
      CREATE FUNCTION risk_review_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'risk_review is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER risk_review_no_update_or_delete BEFORE UPDATE OR DELETE ON risk_review
      FOR EACH ROW EXECUTE FUNCTION risk_review_is_append_only()`);
    await db.query(`
      CREATE TRIGGER risk_review_no_truncate BEFORE TRUNCATE ON risk_review
      FOR EACH STATEMENT EXECUTE FUNCTION risk_review_is_append_only()`);
    // An escalation can be raised from a risk: it is still about an action (one the risk is linked to), and names the risk.
    await db.query(`ALTER TABLE escalation ADD COLUMN risk_id uuid REFERENCES risk(id)`);
    await db.query(`CREATE INDEX escalation_risk_idx ON escalation (risk_id) WHERE risk_id IS NOT NULL`);
    for (const table of TABLES) {
      await db.query(`CREATE TRIGGER ${table}_counts_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION count_data_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalation DROP COLUMN risk_id`);
    for (const table of [...TABLES].reverse()) await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP FUNCTION risk_review_is_append_only`);
  }
}
