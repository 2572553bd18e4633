const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TZ = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** "2026-12-31" as "31 December 2026"; a timestamp as its date in the UK. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return 'Not set';
  const dateOnly = value.length === 10;
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return (dateOnly ? DATE : DATE_TZ).format(date);
}

/** "1 April 2026 to 30 September 2026". */
export const formatPeriod = (start: string, end: string) => `${formatDate(start)} to ${formatDate(end)}`;

export const DATE_HINT = 'For example, 2027-03-31';
