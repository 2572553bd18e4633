import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../common/auth/password.js';
import { DEMO_ACTIONS, DEMO_BODIES, DEMO_PARTNERS, DEMO_PASSWORD, DEMO_PRIORITIES, DEMO_SEGMENTS, DEMO_STRATEGY, DEMO_USERS } from './demo-data.js';

type Ids = Record<string, string>;

/** Writes the demo data set unless a strategy is already there (the demo one, or one an administrator set up). Returns whether it wrote anything. */
export async function seedDemoData(db: EntityManager): Promise<boolean> {
  const existing = await db.query(`SELECT 1 FROM strategy`);
  if (existing.length > 0) return false;

  const [{ id: strategyId }] = await db.query(
    `INSERT INTO strategy (name, purpose, reference_prefix) VALUES ($1, $2, $3) RETURNING id`,
    [DEMO_STRATEGY.name, DEMO_STRATEGY.purpose, DEMO_STRATEGY.referencePrefix],
  );
  const priorities = await insertEach(db, DEMO_PRIORITIES, (title, index) => [
    `INSERT INTO priority (strategy_id, number, title, display_order) VALUES ($1, $2, $3, $2) RETURNING id`, [strategyId, index + 1, title], String(index + 1),
  ]);
  const bodies = await insertEach(db, DEMO_BODIES, (body) => [
    `INSERT INTO body (strategy_id, name, kind, remit) VALUES ($1, $2, $3, $4) RETURNING id`, [strategyId, body.name, body.kind, body.remit], body.kind,
  ]);
  const segments = await insertEach(db, DEMO_SEGMENTS, (segment) => [
    `INSERT INTO population_segment (strategy_id, name, household_share, very_low_propensity) VALUES ($1, $2, $3, $4) RETURNING id`,
    [strategyId, segment.name, segment.share, segment.veryLow], segment.name,
  ]);
  const partners = await insertEach(db, DEMO_PARTNERS, (partner) => [
    `INSERT INTO partner (name, description) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [partner.name, partner.description], partner.name,
  ]);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: Ids = {};
  for (const user of DEMO_USERS) {
    const [row] = await db.query(
      `INSERT INTO app_user (email, name, password_hash, is_admin, partner_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (lower(email)) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
      [user.email, user.name, passwordHash, user.isAdmin ?? false, user.partner ? partners[user.partner] : null],
    );
    users[user.email] = row.id;
    for (const kind of user.bodies) {
      await db.query(`INSERT INTO body_membership (user_id, body_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [row.id, bodies[kind]]);
    }
  }

  for (const [index, action] of DEMO_ACTIONS.entries()) {
    const [{ id: actionId }] = await db.query(
      `INSERT INTO action (strategy_id, reference, title, description, priority_id, owner_id, owning_body_id, start_date, due_date, status, rag)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        strategyId, `${DEMO_STRATEGY.referencePrefix}-${String(index + 1).padStart(3, '0')}`, action.title, action.description,
        priorities[String(action.priority)], users[action.owner], bodies[action.body], action.startDate, action.dueDate, action.status, action.rag,
      ],
    );
    for (const name of action.partners) await db.query(`INSERT INTO action_partner (action_id, partner_id) VALUES ($1, $2)`, [actionId, partners[name]]);
    for (const name of action.segments) await db.query(`INSERT INTO action_segment (action_id, segment_id) VALUES ($1, $2)`, [actionId, segments[name]]);
  }
  return true;
}

async function insertEach<T>(db: EntityManager, items: readonly T[], toInsert: (item: T, index: number) => [string, unknown[], string]): Promise<Ids> {
  const ids: Ids = {};
  for (const [index, item] of items.entries()) {
    const [sql, parameters, key] = toInsert(item, index);
    const [row] = await db.query(sql, parameters);
    ids[key] = row.id;
  }
  return ids;
}
