import type { EntityManager } from 'typeorm';

const LINK_SQL = {
  partners: {
    clear: `DELETE FROM action_partner WHERE action_id = $1`,
    add: `INSERT INTO action_partner (action_id, partner_id) SELECT $1, unnest($2::uuid[])`,
  },
  segments: {
    clear: `DELETE FROM action_segment WHERE action_id = $1`,
    add: `INSERT INTO action_segment (action_id, segment_id) SELECT $1, unnest($2::uuid[])`,
  },
};

/** Replaces the action's partners or segments with exactly these ids (already checked to exist). */
export async function replaceLinks(db: EntityManager, actionId: string, kind: keyof typeof LINK_SQL, ids: string[]): Promise<void> {
  await db.query(LINK_SQL[kind].clear, [actionId]);
  if (ids.length > 0) await db.query(LINK_SQL[kind].add, [actionId, ids]);
}
