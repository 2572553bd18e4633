import { daysBetween } from '../common/dates/calendar-dates.js';

/** The kinds of reminder an owner can get for one return: each at most once. */
export type ReminderKind = 'due_soon' | 'overdue';

export { COUNCIL_TIME_ZONE as REMINDER_TIME_ZONE, addDays, daysBetween, londonDate } from '../common/dates/calendar-dates.js';

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
