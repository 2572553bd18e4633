import type { BodyKind } from '@steerline/contracts';
import type { TourCalendar } from './tour-calendar.js';

type Ids = Record<string, string>;

/** The ids of what the base demo wrote (strategy, priorities by number, bodies by kind...) and the calendar of the tour. */
export interface TourContext {
  calendar: TourCalendar;
  strategyId: string;
  priorities: Ids;
  bodies: Record<BodyKind, string>;
  segments: Ids;
  partners: Ids;
  users: Ids;
  names: Ids;
}

/** DI-001, DI-002... */
export const tourReference = (index: number) => `DI-${String(index + 1).padStart(3, '0')}`;

/** Finds the id of a name in a map, failing loudly on a typing mistake in the tour's data. */
export function idOf(ids: Ids, key: string): string {
  const id = ids[key];
  if (!id) throw new Error(`The demo tour names "${key}", which the demo data does not have`);
  return id;
}
