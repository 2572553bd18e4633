import type { ReportCount } from '@steerline/contracts';

const PERCENT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A count with its share: "3 (37.5%)". */
export const formatCount = ({ count, percent }: ReportCount) => `${count} (${PERCENT.format(percent)}%)`;

export const formatNumber = (value: number | null) => (value === null ? 'Not given' : new Intl.NumberFormat('en-GB').format(value));
