import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the owner of a waiting action was last told about its blocker (red, overdue, due after it), so each change of
 * concern is notified once, whichever replica or request sees it first; null while the blocker gives no concern.
 */
export class DependencyNotices1764395000000 implements MigrationInterface {
  name = 'DependencyNotices1764395000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE action_dependency ADD COLUMN notified_concern text
      CHECK (notified_concern IN ('red', 'overdue', 'due_after'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE action_dependency DROP COLUMN notified_concern`);
  }
}
