import { hashPassword } from '../../src/common/auth/password.js';
import { createTestApp, type TestApp } from './test-app.js';

export const FIRST_ADMIN = 'first.admin@council.example';
export const PASSWORD = 'a-long-test-password-2026';

/**
 * The real application on an empty database (SEED_DEMO=false): no strategy, priorities, bodies or segments; only the
 * first administrator, written as `admin:create` leaves them but with a password, so tests can sign in.
 */
export async function createEmptyApp(): Promise<TestApp> {
  const t = await createTestApp({ SEED_DEMO: 'false' });
  await addPerson(t, { email: FIRST_ADMIN, name: 'First Admin', isAdmin: true });
  return t;
}

/** A person straight into the database (People admin is not what these tests are about), in the given bodies. */
export async function addPerson(t: TestApp, person: { email: string; name: string; isAdmin?: boolean; bodyIds?: string[] }): Promise<string> {
  const [{ id }] = await t.sql<{ id: string }>(`INSERT INTO app_user (email, name, password_hash, is_admin) VALUES ($1, $2, $3, $4) RETURNING id`, [
    person.email, person.name, await hashPassword(PASSWORD), person.isAdmin ?? false,
  ]);
  for (const bodyId of person.bodyIds ?? []) await t.sql(`INSERT INTO body_membership (user_id, body_id) VALUES ($1, $2)`, [id, bodyId]);
  return id;
}
