import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The report downloads each person started in the last minute, for the per-person limit (reports/export-throttle.ts). */
export class ExportRequests1764330000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE export_request (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        requested_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX export_request_lookup_idx ON export_request (user_id, requested_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE export_request`);
  }
}
