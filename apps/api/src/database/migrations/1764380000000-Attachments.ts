import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files of evidence on actions, progress updates, review returns and escalations, kept in PostgreSQL so that every
 * replica serves them. The bytes are in a table of their own: listing evidence never reads them. Every file belongs to
 * an action (the one its parent is about); at most one of the other parents is named, and none means the action itself.
 * Both tables get the change trigger the read cache counts on (DataVersion), as every plan table has.
 */
export class Attachments1764380000000 implements MigrationInterface {
  name = 'Attachments1764380000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id),
        progress_update_id uuid REFERENCES progress_update(id),
        review_return_id uuid REFERENCES review_return(id),
        escalation_id uuid REFERENCES escalation(id),
        file_name text NOT NULL CHECK (btrim(file_name) <> '' AND length(file_name) <= 255),
        media_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by_id uuid NOT NULL REFERENCES app_user(id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(progress_update_id, review_return_id, escalation_id) <= 1)
      )`);
    await db.query(`CREATE INDEX attachment_action_idx ON attachment (action_id, uploaded_at)`);
    await db.query(`CREATE INDEX attachment_update_idx ON attachment (progress_update_id) WHERE progress_update_id IS NOT NULL`);
    await db.query(`CREATE INDEX attachment_return_idx ON attachment (review_return_id) WHERE review_return_id IS NOT NULL`);
    await db.query(`CREATE INDEX attachment_escalation_idx ON attachment (escalation_id) WHERE escalation_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE attachment_content (
        attachment_id uuid PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
        content bytea NOT NULL
      )`);
    // Already compressed (PDF, Office, images) more often than not: stored as they are, read in slices when downloaded.
    await db.query(`ALTER TABLE attachment_content ALTER COLUMN content SET STORAGE EXTERNAL`);
    for (const table of ['attachment', 'attachment_content']) {
      await db.query(`CREATE TRIGGER ${table}_counts_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION count_data_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE attachment_content`);
    await db.query(`DROP TABLE attachment`);
  }
}
