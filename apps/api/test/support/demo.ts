import type { TestApp } from './test-app.js';

export const ADMIN = 'admin@steerline.example';
export const LEADER = 'leader@steerline.example';
export const BOARD = 'board@steerline.example';
export const WORKING = 'working@steerline.example';
export const PARTNER = 'partner@steerline.example';

/**
 * The ids of the seeded demo records, by a readable key: action reference (`DI-001`), `priority<N>`, body kind,
 * partner or segment name, user email.
 */
export async function demoIds(t: TestApp): Promise<Record<string, string>> {
  const rows = await t.sql<{ key: string; id: string }>(`
    SELECT reference AS key, id FROM action
    UNION ALL SELECT 'priority' || number, id FROM priority
    UNION ALL SELECT kind, id FROM body
    UNION ALL SELECT name, id FROM partner
    UNION ALL SELECT name, id FROM population_segment
    UNION ALL SELECT email, id FROM app_user`);
  return Object.fromEntries(rows.map((row) => [row.key, row.id]));
}
