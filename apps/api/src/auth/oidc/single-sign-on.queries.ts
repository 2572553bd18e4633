import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../../database/prepared-statement.js';
import type { FoundPerson } from './identity.policy.js';

/** People as single sign-on finds them: by the provider's subject first, then by e-mail address. Rows are locked. */

const BY_SUBJECT = new PreparedStatement(`
  SELECT id, is_active AS "isActive", oidc_subject AS subject FROM app_user
   WHERE oidc_issuer = $1 AND oidc_subject = $2 FOR UPDATE`);
// A link to another issuer (the council moved provider) is no link at this one.
const BY_EMAIL = new PreparedStatement(`
  SELECT id, is_active AS "isActive", CASE WHEN oidc_issuer = $1 THEN oidc_subject END AS subject FROM app_user
   WHERE lower(email) = lower($2) FOR UPDATE`);
const LINK = new PreparedStatement(`UPDATE app_user SET oidc_issuer = $2, oidc_subject = $3, updated_at = now() WHERE id = $1`);
const INSERT_LINKED = new PreparedStatement(`
  INSERT INTO app_user (email, name, password_hash, oidc_issuer, oidc_subject) VALUES ($1, $2, NULL, $3, $4) RETURNING id`);

export async function personBySubject(db: EntityManager, issuer: string, subject: string): Promise<FoundPerson | undefined> {
  const [row] = await runPrepared<FoundPerson>(db, BY_SUBJECT, [issuer, subject]);
  return row;
}

export async function personByEmail(db: EntityManager, issuer: string, email: string): Promise<FoundPerson | undefined> {
  const [row] = await runPrepared<FoundPerson>(db, BY_EMAIL, [issuer, email]);
  return row;
}

/** Remembers the provider's subject for the person, so a later e-mail change at the provider still finds them. */
export async function linkSubject(db: EntityManager, userId: string, issuer: string, subject: string): Promise<void> {
  await runPrepared(db, LINK, [userId, issuer, subject]);
}

/** A person with no password, no bodies and no administrator rights (read-only), linked to the provider; their id. */
export async function insertLinkedPerson(db: EntityManager, person: { email: string; name: string; issuer: string; subject: string }): Promise<string> {
  const [{ id }] = await runPrepared<{ id: string }>(db, INSERT_LINKED, [person.email, person.name, person.issuer, person.subject]);
  return id;
}
