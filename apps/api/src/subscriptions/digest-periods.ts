import type { DigestFrequency } from '@steerline/contracts';

const ukDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

const ukHourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', hourCycle: 'h23' });

/** Today's date in the UK, YYYY-MM-DD. */
export const ukToday = (now = new Date()) => ukDate.format(now);

/** The hour (0-23) on UK clocks. */
export const ukHour = (now = new Date()) => Number(ukHourFormat.format(now));

function shifted(isoDate: string, change: (date: Date) => void): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  change(date);
  return date.toISOString().slice(0, 10);
}

/** The last whole period before `today`: UK days [from, to), and the key its e-mail is claimed under. */
export function lastWholePeriod(frequency: DigestFrequency, today: string): { key: string; from: string; to: string } {
  if (frequency === 'weekly') {
    const to = shifted(today, (date) => date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7)));
    return { key: `weekly:${to}`, from: shifted(to, (date) => date.setUTCDate(date.getUTCDate() - 7)), to };
  }
  const to = `${today.slice(0, 7)}-01`;
  return { key: `monthly:${to.slice(0, 7)}`, from: shifted(to, (date) => date.setUTCMonth(date.getUTCMonth() - 1)), to };
}
