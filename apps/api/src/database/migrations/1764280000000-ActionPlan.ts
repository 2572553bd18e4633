import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActionPlan1764280000000 implements MigrationInterface {
  name = 'ActionPlan1764280000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE action
        ADD COLUMN percent_complete integer NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
        ADD COLUMN last_update_at timestamptz,
        ADD COLUMN cancelled_reason text`);
    await db.query(`
      CREATE TABLE milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id),
        title text NOT NULL,
        due_date date NOT NULL,
        done_date date,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX milestone_action_idx ON milestone (action_id)`);
    await db.query(`CREATE INDEX milestone_open_due_idx ON milestone (due_date) WHERE done_date IS NULL`);
    await db.query(`
      CREATE TABLE measure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id),
        name text NOT NULL,
        unit text NOT NULL DEFAULT '',
        target numeric,
        baseline numeric,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX measure_action_idx ON measure (action_id)`);
    await db.query(`
      CREATE TABLE progress_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id),
        author_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        commentary text NOT NULL,
        rag text NOT NULL CHECK (rag IN ('red', 'amber', 'green', 'blue', 'grey')),
        percent_complete integer NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
        problem text,
        corrective_action text,
        revised_date date,
        CHECK (rag NOT IN ('red', 'amber') OR (problem IS NOT NULL AND corrective_action IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX progress_update_action_idx ON progress_update (action_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE progress_update_measure (
        update_id uuid NOT NULL REFERENCES progress_update(id),
        measure_id uuid NOT NULL REFERENCES measure(id),
        value numeric NOT NULL,
        PRIMARY KEY (update_id, measure_id)
      )`);
    await db.query(`
      CREATE TABLE partner_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES partner(id),
        name text NOT NULL,
        role text NOT NULL DEFAULT '',
        email text,
        phone text
      )`);
    await db.query(`CREATE INDEX partner_contact_partner_idx ON partner_contact (partner_id)`);
    await db.query(`
      CREATE TABLE partner_protocol (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES partner(id),
        protocol_name text NOT NULL,
        protocol_version text NOT NULL,
        signed_on date NOT NULL,
        signed_by text NOT NULL
      )`);
    await db.query(`CREATE INDEX partner_protocol_partner_idx ON partner_protocol (partner_id)`);
    await db.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES app_user(id),
        operation text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at)`);
    await db.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, occurred_at)`);
    // The trail is append-only: PostgreSQL itself refuses to change or remove a row, whoever asks.
    await db.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP FUNCTION audit_event_is_append_only`);
    for (const table of ['partner_protocol', 'partner_contact', 'progress_update_measure', 'progress_update', 'measure', 'milestone']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE action DROP COLUMN percent_complete, DROP COLUMN last_update_at, DROP COLUMN cancelled_reason`);
  }
}
