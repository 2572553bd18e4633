/**
 * Dates the GOV.UK way ("31 March 2027"), the one place the app writes them. A `YYYY-MM-DD` date is that calendar
 * day wherever the browser is; a timestamp is shown as its date in the UK. Anything that is not a date is shown as
 * it is, and a missing one as `empty`.
 */
const CALENDAR_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const UK_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

function parse(value: string): { date: Date; dateOnly: boolean } {
  const dateOnly = value.length === 10;
  return { date: new Date(dateOnly ? `${value}T00:00:00Z` : value), dateOnly };
}

/** "2026-12-31" as "31 December 2026"; a timestamp as its date in the UK; nothing as `empty` ("Not set"). */
export function formatDate(value: string | null | undefined, empty = 'Not set'): string {
  if (!value) return empty;
  const { date, dateOnly } = parse(value);
  if (Number.isNaN(date.getTime())) return value;
  return (dateOnly ? CALENDAR_DAY : UK_DAY).format(date);
}

/**
 * As `formatDate`, but a timestamp is shown as its date in UTC, as the escalation pages always have: it differs from
 * `formatDate` only for a moment between midnight and 1am during British Summer Time. Kept apart so moving those pages
 * to UK dates is a decision of its own, not a side effect of sharing the formatter.
 */
export function formatDateUtc(value: string): string {
  const { date } = parse(value);
  return Number.isNaN(date.getTime()) ? value : CALENDAR_DAY.format(date);
}
