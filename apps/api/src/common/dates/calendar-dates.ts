/** Council dates: "today" is the calendar date in the UK, whatever the server's zone. */
export const COUNCIL_TIME_ZONE = 'Europe/London';

const londonDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: COUNCIL_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Europe/London calendar date (YYYY-MM-DD) at an instant. */
export function londonDate(instant: Date): string {
  return londonDateFormat.format(instant);
}

const dayNumber = (isoDate: string) => Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / 86_400_000;

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` calendar days after an ISO date. */
export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * 86_400_000).toISOString().slice(0, 10);
}
