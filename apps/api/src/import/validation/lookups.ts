import type { EntityManager } from 'typeorm';
import { normaliseName } from './cell-rules.js';

export interface Named {
  id: string;
  name: string;
}

/** The records a file's names, numbers and email addresses are matched against. Name keys are normalised (see normaliseName). */
export interface Lookups {
  strategyId: string;
  priorities: Map<number, Named>;
  bodies: Map<string, Named>;
  partners: Map<string, Named>;
  segments: Map<string, Named>;
  /** Keyed by lower-case email address. */
  people: Map<string, Named & { email: string; isActive: boolean }>;
  /** Upper-case reference -> the reference as stored, for each one the file uses that is taken. */
  takenReferences: Map<string, string>;
  /** Normalised title -> the (first) reference of the actions on the plan that are not cancelled. */
  takenTitles: Map<string, string>;
}

const byName = (rows: Named[]) => new Map(rows.map((row) => [normaliseName(row.name), row]));

/** Actions are imported into the strategy Steerline runs (the first one, as elsewhere). */
export async function loadLookups(db: EntityManager, file: { emails: string[]; references: string[] }): Promise<Lookups> {
  const [strategy] = await db.query(`SELECT id FROM strategy ORDER BY created_at, id LIMIT 1`);
  if (!strategy) throw new Error('There is no strategy to import actions into');
  const strategyId: string = strategy.id;
  const priorities: { id: string; number: number }[] = await db.query(`SELECT id, number FROM priority WHERE strategy_id = $1`, [strategyId]);
  const people: { id: string; name: string; email: string; is_active: boolean }[] = await db.query(
    `SELECT id, name, email, is_active FROM app_user WHERE lower(email) = ANY($1::text[])`,
    [file.emails],
  );
  const references: { reference: string }[] = await db.query(`SELECT reference FROM action WHERE upper(reference) = ANY($1::text[])`, [file.references]);
  const titles: { title: string; reference: string }[] = await db.query(
    `SELECT title, reference FROM action WHERE strategy_id = $1 AND status <> 'cancelled' ORDER BY reference DESC`,
    [strategyId],
  );
  return {
    strategyId,
    priorities: new Map(priorities.map((row) => [row.number, { id: row.id, name: String(row.number) }])),
    bodies: byName(await db.query(`SELECT id, name FROM body WHERE strategy_id = $1`, [strategyId])),
    partners: byName(await db.query(`SELECT id, name FROM partner`)),
    segments: byName(await db.query(`SELECT id, name FROM population_segment WHERE strategy_id = $1`, [strategyId])),
    people: new Map(people.map((row) => [row.email.toLowerCase(), { id: row.id, name: row.name, email: row.email, isActive: row.is_active }])),
    takenReferences: new Map(references.map((row) => [row.reference.toUpperCase(), row.reference])),
    takenTitles: new Map(titles.map((row) => [normaliseName(row.title), row.reference])),
  };
}

/** The names a message can suggest: "Channel shift board, Corporate leadership team, ...". */
export const namesOf = (map: Map<string, Named>) => [...map.values()].map((row) => row.name).sort((a, b) => a.localeCompare(b));
