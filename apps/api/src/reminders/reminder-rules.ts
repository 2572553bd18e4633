/** The kinds of reminder an owner can get for one return: each at most once. */
export type ReminderKind = 'due_soon' | 'overdue';

/** Review dates are council dates: "today" is the calendar date in the UK, whatever the server's zone. */
export const REMINDER_TIME_ZONE = 'Europe/London';

const londonDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: REMINDER_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

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

export interface ReturnDue {
  /** YYYY-MM-DD the cycle's returns are due */
  returnsDue: string;
  /** How many days before the due date owners start being reminded (0 = on the day only) */
  reminderDaysBefore: number;
}

/**
 * Which reminder a not-yet-submitted return is owed on a date: 'due_soon' from `reminderDaysBefore` days before the
 * due date up to and including the due date itself, 'overdue' from the day after it; none earlier.
 */
export function reminderOwed(today: string, due: ReturnDue): ReminderKind | null {
  const daysLeft = daysBetween(today, due.returnsDue);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= due.reminderDaysBefore ? 'due_soon' : null;
}
