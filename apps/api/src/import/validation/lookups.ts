import { ErrorCode } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import {
  selectBodies, selectLiveTitles, selectPartners, selectPeopleByEmail, selectPriorities, selectSegments, selectTakenReferences,
} from '../import.queries.js';
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

/** Actions are imported into the strategy Steerline runs (StrategyService's current one, as elsewhere). */
export async function loadLookups(db: EntityManager, strategyId: string | null, file: { emails: string[]; references: string[] }): Promise<Lookups> {
  if (!strategyId) throw new DomainError(ErrorCode.Conflict, 'Set up the strategy before importing actions.');
  const priorities = await selectPriorities(db, strategyId);
  const people = await selectPeopleByEmail(db, file.emails);
  const references = await selectTakenReferences(db, file.references);
  const titles = await selectLiveTitles(db, strategyId);
  return {
    strategyId,
    priorities: new Map(priorities.map((row) => [row.number, { id: row.id, name: String(row.number) }])),
    bodies: byName(await selectBodies(db, strategyId)),
    partners: byName(await selectPartners(db)),
    segments: byName(await selectSegments(db, strategyId)),
    people: new Map(people.map((row) => [row.email.toLowerCase(), { id: row.id, name: row.name, email: row.email, isActive: row.is_active }])),
    takenReferences: new Map(references.map((row) => [row.reference.toUpperCase(), row.reference])),
    takenTitles: new Map(titles.map((row) => [normaliseName(row.title), row.reference])),
  };
}

/** The names a message can suggest: "Channel shift board, Corporate leadership team, ...". */
export const namesOf = (map: Map<string, Named>) => [...map.values()].map((row) => row.name).sort((a, b) => a.localeCompare(b));
