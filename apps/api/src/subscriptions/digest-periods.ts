import type { DigestFrequency } from '@steerline/contracts';
import { addDays, COUNCIL_TIME_ZONE, londonDate } from '../common/dates/calendar-dates.js';

const ukHourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: COUNCIL_TIME_ZONE, hour: 'numeric', hourCycle: 'h23' });

/** Today's date in the UK, YYYY-MM-DD. */
export const ukToday = (now = new Date()) => londonDate(now);

/** The hour (0-23) on UK clocks. */
export const ukHour = (now = new Date()) => Number(ukHourFormat.format(now));

function monthBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return date.toISOString().slice(0, 10);
}

/** The last whole period before `today`: UK days [from, to), and the key its e-mail is claimed under. */
export function lastWholePeriod(frequency: DigestFrequency, today: string): { key: string; from: string; to: string } {
  if (frequency === 'weekly') {
    const to = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
    return { key: `weekly:${to}`, from: addDays(to, -7), to };
  }
  const to = `${today.slice(0, 7)}-01`;
  return { key: `monthly:${to.slice(0, 7)}`, from: monthBefore(to), to };
}
