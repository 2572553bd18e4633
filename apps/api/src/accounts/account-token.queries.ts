import type { LinkPurpose } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** One-time links by the SHA-256 hash of their token; the token itself is never stored. */

export interface StoredLink {
  id: string;
  userId: string;
  purpose: LinkPurpose;
  expiresAt: Date;
  usedAt: Date | null;
  supersededAt: Date | null;
  withdrawnAt: Date | null;
  name: string;
  email: string;
  isActive: boolean;
}

const SUPERSEDE_OPEN = new PreparedStatement(`
  UPDATE account_token SET superseded_at = now()
   WHERE user_id = $1 AND used_at IS NULL AND superseded_at IS NULL AND withdrawn_at IS NULL`);
const INSERT_LINK = new PreparedStatement(`
  INSERT INTO account_token (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(mins => $4))
  RETURNING id, expires_at AS "expiresAt"`);
const LINK_BY_HASH = `
  SELECT t.id, t.user_id AS "userId", t.purpose, t.expires_at AS "expiresAt", t.used_at AS "usedAt",
         t.superseded_at AS "supersededAt", t.withdrawn_at AS "withdrawnAt", u.name, u.email, u.is_active AS "isActive"
    FROM account_token t JOIN app_user u ON u.id = t.user_id
   WHERE t.token_hash = $1`;
const FIND_LINK = new PreparedStatement(LINK_BY_HASH);
const LOCK_LINK = new PreparedStatement(`${LINK_BY_HASH} FOR UPDATE OF t, u`);
const MARK_USED = new PreparedStatement(`UPDATE account_token SET used_at = now() WHERE id = $1`);
const WITHDRAW_OPEN = new PreparedStatement(`
  UPDATE account_token SET withdrawn_at = now()
   WHERE user_id = $1 AND used_at IS NULL AND superseded_at IS NULL AND withdrawn_at IS NULL`);
const NOW = new PreparedStatement(`SELECT now() AS now`);

/** Every link of the person still open is superseded: only the newest one works. */
export async function supersedeOpenLinks(db: EntityManager, userId: string): Promise<void> {
  await runPrepared(db, SUPERSEDE_OPEN, [userId]);
}

export async function insertLink(db: EntityManager, link: { userId: string; purpose: LinkPurpose; tokenHash: Buffer; minutes: number }) {
  const [row] = await runPrepared<{ id: string; expiresAt: Date }>(db, INSERT_LINK, [link.userId, link.purpose, link.tokenHash, link.minutes]);
  return row;
}

export async function findLink(db: EntityManager, tokenHash: Buffer): Promise<StoredLink | undefined> {
  const [row] = await runPrepared<StoredLink>(db, FIND_LINK, [tokenHash]);
  return row;
}

/** The link and its person, locked until the transaction ends, so two uses of one link cannot both succeed. */
export async function lockLink(db: EntityManager, tokenHash: Buffer): Promise<StoredLink | undefined> {
  const [row] = await runPrepared<StoredLink>(db, LOCK_LINK, [tokenHash]);
  return row;
}

export async function markLinkUsed(db: EntityManager, id: string): Promise<void> {
  await runPrepared(db, MARK_USED, [id]);
}

/** Makes every open link of the person useless, as when their account is deactivated. */
export async function withdrawOpenLinks(db: EntityManager, userId: string): Promise<void> {
  await runPrepared(db, WITHDRAW_OPEN, [userId]);
}

/** The database's clock, which expiry is measured by on every replica alike. */
export async function databaseNow(db: EntityManager): Promise<Date> {
  const [{ now }] = await runPrepared<{ now: Date }>(db, NOW);
  return now;
}
