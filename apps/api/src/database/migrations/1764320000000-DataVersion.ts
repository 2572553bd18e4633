import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose writes do not change what the plan's pages show: sign-ins and visits, and the bookkeeping itself. */
export const UNVERSIONED_TABLES = ['session', 'sign_in_failure', 'data_version', 'schema_migration'];

/**
 * A count of committed changes to the plan's data, for the read cache (apps/api/src/common/read-cache): an answer kept
 * for a version is served only while every request still reads that version.
 *
 * Every table but UNVERSIONED_TABLES gets a statement trigger that adds 1 to one of 64 slots in the same transaction
 * as the change, so a reader sees the new sum exactly when it can see the change. The slot is the writer's backend
 * process id mod 64: writers rarely wait on one another's slot, where one shared row would make every writing
 * transaction queue for it until commit. A transaction counts once, at its first changing statement: posting an update
 * writes four tables in one statement. A table added later needs the trigger too; a test checks that every table has it.
 */
const COUNT_DATA_CHANGE = `
  CREATE FUNCTION count_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    -- Set for this transaction only (and undone with a rolled-back savepoint, as the UPDATE is).
    IF current_setting('steerline.data_change_counted', true) = 'yes' THEN RETURN NULL; END IF;
    PERFORM set_config('steerline.data_change_counted', 'yes', true);
    UPDATE data_version SET changes = changes + 1 WHERE slot = pg_backend_pid() % 64;
    RETURN NULL;
  END $$`;

export class DataVersion1764320000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE data_version (slot int PRIMARY KEY, changes bigint NOT NULL DEFAULT 0)`);
    await db.query(`INSERT INTO data_version (slot) SELECT generate_series(0, 63)`);
    await db.query(COUNT_DATA_CHANGE);
    for (const table of await this.versionedTables(db)) {
      await db.query(`CREATE TRIGGER ${table}_counts_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION count_data_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of await this.versionedTables(db)) await db.query(`DROP TRIGGER IF EXISTS ${table}_counts_changes ON ${table}`);
    await db.query(`DROP FUNCTION count_data_change()`);
    await db.query(`DROP TABLE data_version`);
  }

  private async versionedTables(db: QueryRunner): Promise<string[]> {
    const rows: { name: string }[] = await db.query(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1)) ORDER BY table_name`,
      [UNVERSIONED_TABLES],
    );
    return rows.map((row) => row.name);
  }
}
