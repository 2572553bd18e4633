import { formatDate } from '../../lib/format-date';

/** "1 April 2026 to 30 September 2026". */
export const formatPeriod = (start: string, end: string) => `${formatDate(start)} to ${formatDate(end)}`;

export const DATE_HINT = 'For example, 2027-03-31';
