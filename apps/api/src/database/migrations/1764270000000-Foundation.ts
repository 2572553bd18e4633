import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764270000000 implements MigrationInterface {
  name = 'Foundation1764270000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await db.query(`
      CREATE TABLE strategy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        purpose text NOT NULL,
        reference_prefix text NOT NULL CHECK (reference_prefix ~ '^[A-Z]{1,6}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE priority (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id),
        number integer NOT NULL CHECK (number > 0),
        title text NOT NULL,
        UNIQUE (strategy_id, number)
      )`);
    await db.query(`
      CREATE TABLE body (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('leadership_team', 'channel_shift_board', 'internal_working_group', 'external_steering_group')),
        remit text NOT NULL DEFAULT '',
        UNIQUE (strategy_id, name)
      )`);
    await db.query(`
      CREATE TABLE population_segment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id),
        name text NOT NULL,
        household_share numeric(5,2) NOT NULL CHECK (household_share >= 0 AND household_share <= 100),
        very_low_propensity boolean NOT NULL DEFAULT false,
        UNIQUE (strategy_id, name)
      )`);
    await db.query(`
      CREATE TABLE partner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        description text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        is_admin boolean NOT NULL DEFAULT false,
        is_active boolean NOT NULL DEFAULT true,
        partner_id uuid REFERENCES partner(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await db.query(`
      CREATE TABLE body_membership (
        user_id uuid NOT NULL REFERENCES app_user(id),
        body_id uuid NOT NULL REFERENCES body(id),
        PRIMARY KEY (user_id, body_id)
      )`);
    await db.query(`CREATE INDEX body_membership_body_idx ON body_membership (body_id)`);
    await db.query(`
      CREATE TABLE action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id),
        reference text NOT NULL,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        priority_id uuid NOT NULL REFERENCES priority(id),
        owner_id uuid NOT NULL REFERENCES app_user(id),
        owning_body_id uuid NOT NULL REFERENCES body(id),
        start_date date,
        due_date date,
        status text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'complete', 'cancelled')),
        rag text NOT NULL DEFAULT 'grey' CHECK (rag IN ('red', 'amber', 'green', 'blue', 'grey')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (strategy_id, reference),
        CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date)
      )`);
    await db.query(`
      CREATE TABLE action_partner (
        action_id uuid NOT NULL REFERENCES action(id),
        partner_id uuid NOT NULL REFERENCES partner(id),
        PRIMARY KEY (action_id, partner_id)
      )`);
    await db.query(`
      CREATE TABLE action_segment (
        action_id uuid NOT NULL REFERENCES action(id),
        segment_id uuid NOT NULL REFERENCES population_segment(id),
        PRIMARY KEY (action_id, segment_id)
      )`);
    // The layout connect-pg-simple expects for its session store.
    await db.query(`
      CREATE TABLE session (
        sid varchar NOT NULL PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      )`);
    await db.query(`CREATE INDEX session_expire_idx ON session (expire)`);
    await db.query(`CREATE INDEX session_user_idx ON session ((sess->>'userId'))`);
    await db.query(`
      CREATE TABLE sign_in_failure (
        id bigserial PRIMARY KEY,
        account text NOT NULL,
        address text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX sign_in_failure_lookup_idx ON sign_in_failure (account, address, failed_at)`);
    await db.query(`
      CREATE TABLE app_secret (
        name text PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['app_secret', 'sign_in_failure', 'session', 'action_segment', 'action_partner', 'action', 'body_membership', 'app_user', 'partner', 'population_segment', 'body', 'priority', 'strategy']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
