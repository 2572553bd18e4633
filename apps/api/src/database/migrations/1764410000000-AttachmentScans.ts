import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The virus scan's verdict on each file of evidence. Files kept before a scanner was set up (or with none) are
 * `not_scanned`; with CLAMAV_HOST a new file is `checking` until clamd has read it. An infected file keeps its record
 * (so its uploader sees why it went) and loses its bytes.
 */
export class AttachmentScans1764410000000 implements MigrationInterface {
  name = 'AttachmentScans1764410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE attachment
        ADD COLUMN scan_status text NOT NULL DEFAULT 'not_scanned' CHECK (scan_status IN ('not_scanned', 'checking', 'clean', 'infected')),
        ADD COLUMN scan_finding text CHECK (length(scan_finding) <= 500),
        ADD COLUMN scanned_at timestamptz`);
    await db.query(`CREATE INDEX attachment_checking_idx ON attachment (uploaded_at) WHERE scan_status = 'checking'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE attachment DROP COLUMN scan_status, DROP COLUMN scan_finding, DROP COLUMN scanned_at`);
  }
}
