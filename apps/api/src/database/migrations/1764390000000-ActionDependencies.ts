import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Blocked by" links between actions, within or across strategies: `blocked_id` waits on `blocker_id`. No action waits
 * on itself (here) and no chain of links comes back to where it started (refused by the actions feature under an
 * advisory lock, since a CHECK cannot see other rows). Counted by the read cache like every plan table.
 */
export class ActionDependencies1764390000000 implements MigrationInterface {
  name = 'ActionDependencies1764390000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE action_dependency (
        blocked_id uuid NOT NULL REFERENCES action(id),
        blocker_id uuid NOT NULL REFERENCES action(id),
        created_by_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (blocked_id, blocker_id),
        CHECK (blocked_id <> blocker_id)
      )`);
    await db.query(`CREATE INDEX action_dependency_blocker_idx ON action_dependency (blocker_id)`);
    await db.query(`CREATE TRIGGER action_dependency_counts_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON action_dependency
      FOR EACH STATEMENT EXECUTE FUNCTION count_data_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE action_dependency`);
  }
}
