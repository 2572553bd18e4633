import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administrators set the strategy up from an empty database and keep it up to date: the strategy gains its period,
 * owning body and a version; priorities a description and a display order; bodies the body they report to; segments a
 * description. Priorities, bodies and segments are retired (retired_at), never deleted, so history and reports keep
 * naming them. Every edited record carries a version. No table is added, so the change triggers already count these.
 *
 * One strategy per data set until the Corporate Plan work (issue 15) lifts it: the unique index on a constant says so
 * in the database, so two administrators creating one at the same moment cannot both succeed.
 */
export class StrategySetUp1764350000000 implements MigrationInterface {
  name = 'StrategySetUp1764350000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE strategy
        ADD COLUMN period_start date,
        ADD COLUMN period_end date,
        ADD COLUMN owning_body_id uuid REFERENCES body(id),
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD CONSTRAINT strategy_period_order CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)`);
    await db.query(`
      ALTER TABLE priority
        ADD COLUMN description text NOT NULL DEFAULT '',
        ADD COLUMN display_order integer NOT NULL DEFAULT 0,
        ADD COLUMN retired_at timestamptz,
        ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await db.query(`UPDATE priority SET display_order = number`);
    await db.query(`
      ALTER TABLE body
        ADD COLUMN reports_to_id uuid REFERENCES body(id),
        ADD COLUMN retired_at timestamptz,
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD CONSTRAINT body_not_its_own_parent CHECK (reports_to_id IS DISTINCT FROM id)`);
    await db.query(`CREATE INDEX body_reports_to_idx ON body (reports_to_id)`);
    await db.query(`
      ALTER TABLE population_segment
        ADD COLUMN description text NOT NULL DEFAULT '',
        ADD COLUMN retired_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE population_segment DROP COLUMN retired_at, DROP COLUMN description`);
    await db.query(`DROP INDEX body_reports_to_idx`);
    await db.query(`ALTER TABLE body DROP CONSTRAINT body_not_its_own_parent, DROP COLUMN version, DROP COLUMN retired_at, DROP COLUMN reports_to_id`);
    await db.query(`ALTER TABLE priority DROP COLUMN version, DROP COLUMN retired_at, DROP COLUMN display_order, DROP COLUMN description`);
    await db.query(`ALTER TABLE strategy DROP CONSTRAINT strategy_period_order, DROP COLUMN version, DROP COLUMN owning_body_id, DROP COLUMN period_end, DROP COLUMN period_start`);
  }
}
