import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Owners' weekly "what is due" e-mail: each person may turn it off, and each week's e-mail is claimed once per person
 * (whichever replica runs the job). Notifications about a review return name the return, so the reminder links to the
 * owner's own return instead of the cycle page.
 */
export class WeeklyDue1764420000000 implements MigrationInterface {
  name = 'WeeklyDue1764420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE app_user ADD COLUMN weekly_due_email boolean NOT NULL DEFAULT true`);
    await db.query(`
      CREATE TABLE weekly_due_sent (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        week_of date NOT NULL CHECK (extract(isodow FROM week_of) = 1),
        items integer NOT NULL CHECK (items > 0),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, week_of)
      )`);
    await db.query(`ALTER TABLE notification ADD COLUMN review_return_id uuid REFERENCES review_return(id) ON DELETE SET NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification DROP COLUMN review_return_id`);
    await db.query(`DROP TABLE weekly_due_sent`);
    await db.query(`ALTER TABLE app_user DROP COLUMN weekly_due_email`);
  }
}
