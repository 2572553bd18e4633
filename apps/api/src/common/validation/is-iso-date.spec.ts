import { isIsoDate } from './is-iso-date.js';

describe('isIsoDate', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('refuses impossible dates, other formats, timestamps and non-strings', () => {
    for (const value of ['2026-02-30', '2026-13-01', '31/12/2026', '2026-12-31T00:00:00Z', '0000-01-01', '', 20261231, null]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });
});
