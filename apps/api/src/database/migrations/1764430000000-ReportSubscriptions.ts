import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Report e-mails: a person (or an outside address an administrator adds, such as a councillors' mailbox) subscribes
 * to a weekly or monthly digest of one strategy or of the whole Corporate Plan (no strategy), and gets each signed-off
 * review's report. Each e-mail is claimed once per subscription and period (report_mailing), whichever replica sends
 * it. The unsubscribe token is random and does nothing but end its own subscription, so it is kept as it is.
 */
export class ReportSubscriptions1764430000000 implements MigrationInterface {
  name = 'ReportSubscriptions1764430000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        email text CHECK (email ~ '^[^@\\s]+@[^@\\s]+$' AND length(email) <= 254),
        strategy_id uuid REFERENCES strategy(id),
        frequency text NOT NULL CHECK (frequency IN ('weekly', 'monthly')),
        unsubscribe_token text NOT NULL UNIQUE CHECK (length(unsubscribe_token) >= 32),
        created_by_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(user_id, email) = 1)
      )`);
    await db.query(`
      CREATE UNIQUE INDEX report_subscription_once ON report_subscription
        (coalesce(user_id::text, lower(email)), coalesce(strategy_id::text, 'corporate-plan'))`);
    await db.query(`
      CREATE TABLE report_mailing (
        subscription_id uuid NOT NULL REFERENCES report_subscription(id) ON DELETE CASCADE,
        period text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subscription_id, period)
      )`);
    await db.query(`CREATE TRIGGER report_subscription_counts_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_subscription
      FOR EACH STATEMENT EXECUTE FUNCTION count_data_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE report_mailing`);
    await db.query(`DROP TABLE report_subscription`);
  }
}
