import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time links to set a password (the first administrator's, invitations, forgotten passwords), and the
 * forgotten-password requests counted for throttling. A person invited but not yet set up has no password.
 * Only a token's SHA-256 hash is stored; the token itself leaves in the e-mail or on the screen, once.
 */
export class AccountTokens1764340000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL`);
    await db.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        purpose text NOT NULL CHECK (purpose IN ('set_password', 'invitation', 'reset')),
        token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        superseded_at timestamptz,
        withdrawn_at timestamptz
      )`);
    await db.query(`CREATE INDEX account_token_open_idx ON account_token (user_id) WHERE used_at IS NULL AND superseded_at IS NULL AND withdrawn_at IS NULL`);
    await db.query(`
      CREATE TABLE password_reset_request (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        address text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX password_reset_request_email_idx ON password_reset_request (email, requested_at)`);
    await db.query(`CREATE INDEX password_reset_request_address_idx ON password_reset_request (address, requested_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE password_reset_request`);
    await db.query(`DROP TABLE account_token`);
    await db.query(`UPDATE app_user SET password_hash = '!' WHERE password_hash IS NULL`);
    await db.query(`ALTER TABLE app_user ALTER COLUMN password_hash SET NOT NULL`);
  }
}
