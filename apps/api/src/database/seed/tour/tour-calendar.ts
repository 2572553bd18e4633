import { addDays } from '../../../common/dates/calendar-dates.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The tour's dates, counted from the day it is loaded: months are whole calendar months before (negative) or after the
 * current one, so the last review period has just ended, updates are recent and due dates fall around today.
 */
export class TourCalendar {
  private readonly year: number;
  private readonly month: number;

  constructor(readonly today: string) {
    this.year = Number(today.slice(0, 4));
    this.month = Number(today.slice(5, 7)) - 1;
  }

  /** The first day of the month `offset` months from this one. */
  monthStart(offset: number): string {
    const index = this.year * 12 + this.month + offset;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  }

  /** The last day of the month `offset` months from this one. */
  monthEnd(offset: number): string {
    return addDays(this.monthStart(offset + 1), -1);
  }

  /** A day inside the month: `day` 1-28. */
  dayOf(offset: number, day: number): string {
    return addDays(this.monthStart(offset), day - 1);
  }

  /** `days` from today (negative: before). */
  fromToday(days: number): string {
    return addDays(this.today, days);
  }

  /** A moment on a date, at a time of the working day, as an ISO timestamp in UTC. */
  at(date: string, hour = 10, minute = 0): string {
    return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
  }

  /** "June 2026" */
  monthName(offset: number): string {
    return this.monthNameOf(this.monthStart(offset));
  }

  /** "June 2026" for a date in June 2026. */
  monthNameOf(date: string): string {
    return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  }
}
