import { lastWholePeriod } from './digest-periods.js';

describe('the period a digest covers', () => {
  it('is the last whole Monday-to-Sunday week, whichever day of the next week it runs', () => {
    expect(lastWholePeriod('weekly', '2026-12-07')).toEqual({ key: 'weekly:2026-12-07', from: '2026-11-30', to: '2026-12-07' });
    expect(lastWholePeriod('weekly', '2026-12-13')).toEqual({ key: 'weekly:2026-12-07', from: '2026-11-30', to: '2026-12-07' });
    expect(lastWholePeriod('weekly', '2027-01-01')).toEqual({ key: 'weekly:2026-12-28', from: '2026-12-21', to: '2026-12-28' });
  });

  it('is the last whole calendar month, across a year end', () => {
    expect(lastWholePeriod('monthly', '2026-12-01')).toEqual({ key: 'monthly:2026-12', from: '2026-11-01', to: '2026-12-01' });
    expect(lastWholePeriod('monthly', '2027-01-19')).toEqual({ key: 'monthly:2027-01', from: '2026-12-01', to: '2027-01-01' });
    expect(lastWholePeriod('monthly', '2026-03-31')).toEqual({ key: 'monthly:2026-03', from: '2026-02-01', to: '2026-03-01' });
  });
});
