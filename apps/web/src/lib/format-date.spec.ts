import { describe, expect, it } from 'vitest';
import { formatDate, formatDateUtc } from './format-date';

describe('formatDate', () => {
  it('writes a date the GOV.UK way, as that calendar day', () => {
    expect(formatDate('2027-03-31')).toBe('31 March 2027');
    expect(formatDate('2026-04-01')).toBe('1 April 2026');
  });

  it('writes a timestamp as its date in the UK', () => {
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('31 December 2026');
  });

  it('says when there is no date, in the words the page chooses', () => {
    expect(formatDate(null)).toBe('Not set');
    expect(formatDate(undefined)).toBe('Not set');
    expect(formatDate(null, 'Not decided')).toBe('Not decided');
  });

  it('shows anything that is not a date as it is', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate('2026-13-45')).toBe('2026-13-45');
  });
});

describe('formatDateUtc (the escalation pages)', () => {
  it('writes dates as formatDate does, and a timestamp as its date in UTC', () => {
    expect(formatDateUtc('2027-03-31')).toBe('31 March 2027');
    expect(formatDateUtc('2026-06-30T23:30:00Z')).toBe('30 June 2026');
    expect(formatDateUtc('soon')).toBe('soon');
  });
});
