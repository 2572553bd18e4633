import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

export interface SetupCounts {
  strategies: number;
  priorities: number;
  bodies: number;
  segments: number;
  people: number;
  actions: number;
}

/** One statement for the whole checklist. People counts everyone but administrators, invited or active. */
const COUNTS = new PreparedStatement(`
  SELECT (SELECT count(*)::int FROM strategy) AS strategies,
         (SELECT count(*)::int FROM priority WHERE retired_at IS NULL) AS priorities,
         (SELECT count(*)::int FROM body WHERE retired_at IS NULL) AS bodies,
         (SELECT count(*)::int FROM population_segment WHERE retired_at IS NULL) AS segments,
         (SELECT count(*)::int FROM app_user WHERE NOT is_admin) AS people,
         (SELECT count(*)::int FROM action) AS actions`);

export async function selectSetupCounts(db: EntityManager): Promise<SetupCounts> {
  const [row] = await runPrepared<SetupCounts>(db, COUNTS);
  return row;
}
