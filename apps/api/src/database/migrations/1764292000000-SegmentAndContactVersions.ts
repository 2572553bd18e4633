import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Segments and partner contacts become editable by admins, so edits carry a version like every other editable record. */
export class SegmentAndContactVersions1764292000000 implements MigrationInterface {
  name = 'SegmentAndContactVersions1764292000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE population_segment ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await db.query(`ALTER TABLE partner_contact ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE partner_contact DROP COLUMN version`);
    await db.query(`ALTER TABLE population_segment DROP COLUMN version`);
  }
}
