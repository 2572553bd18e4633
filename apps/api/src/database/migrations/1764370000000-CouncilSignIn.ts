import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Council sign-in: the identity provider's subject a person is linked to on their first single sign-on (so a later
 * e-mail change at the provider keeps them in), their authenticator app's secret and the last time step a code of it
 * was accepted for (so a code works once), and their single-use recovery codes, stored only as SHA-256 hashes.
 * recovery_code is sign-in bookkeeping: it gets no data-version trigger (see common/read-cache/data-version.ts).
 */
export class CouncilSignIn1764370000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE app_user
        ADD COLUMN oidc_issuer text,
        ADD COLUMN oidc_subject text,
        ADD COLUMN totp_secret text,
        ADD COLUMN totp_enrolled_at timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD CONSTRAINT app_user_oidc_link CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL)),
        ADD CONSTRAINT app_user_totp CHECK ((totp_secret IS NULL) = (totp_enrolled_at IS NULL))`);
    await db.query(`CREATE UNIQUE INDEX app_user_oidc_subject_key ON app_user (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL`);
    await db.query(`
      CREATE TABLE recovery_code (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id),
        code_hash bytea NOT NULL CHECK (length(code_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        UNIQUE (user_id, code_hash)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE recovery_code`);
    await db.query(`DROP INDEX app_user_oidc_subject_key`);
    await db.query(`
      ALTER TABLE app_user
        DROP CONSTRAINT app_user_totp, DROP CONSTRAINT app_user_oidc_link,
        DROP COLUMN totp_last_step, DROP COLUMN totp_enrolled_at, DROP COLUMN totp_secret, DROP COLUMN oidc_subject, DROP COLUMN oidc_issuer`);
  }
}
