import type { ReportCount } from '@steerline/contracts';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TZ = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const PERCENT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "2026-12-31" as "31 December 2026"; a timestamp as its date in the UK. */
export function formatDate(value: string | null | undefined, empty = 'Not set'): string {
  if (!value) return empty;
  const dateOnly = value.length === 10;
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return (dateOnly ? DATE : DATE_TZ).format(date);
}

/** A count with its share: "3 (37.5%)". */
export const formatCount = ({ count, percent }: ReportCount) => `${count} (${PERCENT.format(percent)}%)`;

export const formatNumber = (value: number | null) => (value === null ? 'Not given' : new Intl.NumberFormat('en-GB').format(value));
