import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Six-monthly review cycles, the owners' returns in them, the amendments they propose, the reminders sent,
 * and the snapshot taken at sign-off. PostgreSQL itself refuses any change to a signed-off cycle.
 */
export class ReviewCycles1764295000000 implements MigrationInterface {
  name = 'ReviewCycles1764295000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE review_cycle (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id),
        name text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        returns_due date NOT NULL,
        reminder_days_before integer NOT NULL DEFAULT 7 CHECK (reminder_days_before BETWEEN 0 AND 60),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'board_review', 'signed_off')),
        created_by_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        opened_at timestamptz,
        opened_by_id uuid REFERENCES app_user(id),
        board_review_at timestamptz,
        signed_off_at timestamptz,
        signed_off_by_id uuid REFERENCES app_user(id),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (strategy_id, name),
        CHECK (period_end >= period_start),
        CHECK (status <> 'signed_off' OR (signed_off_at IS NOT NULL AND signed_off_by_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX review_cycle_period_idx ON review_cycle (strategy_id, period_end DESC)`);
    // A strategy has at most one cycle in progress (open for returns or in board review) at a time.
    await db.query(`CREATE UNIQUE INDEX review_cycle_one_in_progress_idx ON review_cycle (strategy_id) WHERE status IN ('open', 'board_review')`);
    await db.query(`
      CREATE TABLE review_return (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES review_cycle(id),
        action_id uuid NOT NULL REFERENCES action(id),
        owner_id uuid NOT NULL REFERENCES app_user(id),
        status text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'draft', 'submitted', 'sent_back', 'accepted')),
        action_status text CHECK (action_status IN ('not_started', 'in_progress', 'complete', 'cancelled')),
        rag text CHECK (rag IN ('red', 'amber', 'green', 'blue', 'grey')),
        rag_reason text,
        corrective_action text,
        revised_date date,
        narrative text NOT NULL DEFAULT '',
        next_steps text NOT NULL DEFAULT '',
        board_comment text,
        submitted_at timestamptz,
        submitted_by_id uuid REFERENCES app_user(id),
        sent_back_at timestamptz,
        sent_back_by_id uuid REFERENCES app_user(id),
        accepted_at timestamptz,
        accepted_by_id uuid REFERENCES app_user(id),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cycle_id, action_id),
        CHECK (status NOT IN ('submitted', 'accepted') OR (action_status IS NOT NULL AND rag IS NOT NULL AND submitted_at IS NOT NULL)),
        CHECK (status NOT IN ('submitted', 'accepted') OR rag NOT IN ('red', 'amber') OR (rag_reason IS NOT NULL AND corrective_action IS NOT NULL)),
        CHECK (status <> 'sent_back' OR board_comment IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX review_return_tracker_idx ON review_return (cycle_id, status)`);
    await db.query(`CREATE INDEX review_return_owner_idx ON review_return (owner_id, status)`);
    await db.query(`CREATE INDEX review_return_action_idx ON review_return (action_id)`);
    await db.query(`
      CREATE TABLE review_return_measure (
        return_id uuid NOT NULL REFERENCES review_return(id),
        measure_id uuid NOT NULL REFERENCES measure(id),
        value numeric NOT NULL,
        PRIMARY KEY (return_id, measure_id)
      )`);
    await db.query(`
      CREATE TABLE review_amendment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        return_id uuid NOT NULL REFERENCES review_return(id),
        kind text NOT NULL CHECK (kind IN ('due_date', 'scope', 'measure_target')),
        new_due_date date,
        new_scope text,
        measure_id uuid REFERENCES measure(id),
        new_target numeric,
        reason text NOT NULL,
        position integer NOT NULL DEFAULT 0,
        applied_at timestamptz,
        CHECK (kind <> 'due_date' OR new_due_date IS NOT NULL),
        CHECK (kind <> 'scope' OR new_scope IS NOT NULL),
        CHECK (kind <> 'measure_target' OR (measure_id IS NOT NULL AND new_target IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX review_amendment_return_idx ON review_amendment (return_id)`);
    await db.query(`
      CREATE TABLE review_reminder (
        return_id uuid NOT NULL REFERENCES review_return(id),
        kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (return_id, kind)
      )`);
    await db.query(`
      CREATE TABLE review_cycle_snapshot (
        cycle_id uuid PRIMARY KEY REFERENCES review_cycle(id),
        report jsonb NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`ALTER TABLE notification ADD COLUMN review_cycle_id uuid REFERENCES review_cycle(id)`);
    await this.freezeSignedOffCycles(db);
  }

  /** Sign-off is final: a signed-off cycle, its returns, amendments, measure values and snapshot never change again. */
  private async freezeSignedOffCycles(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION refuse_change_to_signed_off_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cycle uuid;
      BEGIN
        IF TG_TABLE_NAME = 'review_cycle' THEN
          IF OLD.status = 'signed_off' THEN
            RAISE EXCEPTION 'review cycle % is signed off', OLD.id USING ERRCODE = 'object_not_in_prerequisite_state';
          END IF;
          RETURN COALESCE(NEW, OLD);
        ELSIF TG_TABLE_NAME = 'review_return' THEN
          cycle := COALESCE(NEW.cycle_id, OLD.cycle_id);
        ELSE
          SELECT r.cycle_id INTO cycle FROM review_return r WHERE r.id = COALESCE(NEW.return_id, OLD.return_id);
        END IF;
        IF EXISTS (SELECT 1 FROM review_cycle c WHERE c.id = cycle AND c.status = 'signed_off') THEN
          RAISE EXCEPTION 'review cycle % is signed off', cycle USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await db.query(`
      CREATE TRIGGER review_cycle_frozen BEFORE UPDATE OR DELETE ON review_cycle
      FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_off_cycle()`);
    for (const table of ['review_return', 'review_return_measure', 'review_amendment']) {
      await db.query(`
        CREATE TRIGGER ${table}_frozen BEFORE INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_off_cycle()`);
    }
    await db.query(`
      CREATE FUNCTION refuse_change_to_snapshot() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'review_cycle_snapshot is written once: % refused', TG_OP USING ERRCODE = 'object_not_in_prerequisite_state';
      END $$`);
    await db.query(`
      CREATE TRIGGER review_cycle_snapshot_frozen BEFORE UPDATE OR DELETE ON review_cycle_snapshot
      FOR EACH ROW EXECUTE FUNCTION refuse_change_to_snapshot()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification DROP COLUMN review_cycle_id`);
    for (const table of ['review_cycle_snapshot', 'review_reminder', 'review_amendment', 'review_return_measure', 'review_return', 'review_cycle']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION refuse_change_to_snapshot()`);
    await db.query(`DROP FUNCTION refuse_change_to_signed_off_cycle()`);
  }
}
