import { describe, expect, it } from 'vitest';
import { hasDecisionLogFilters, parseDecisionLogFilters, toDecisionLogQuery } from './decision-log-params';

describe('decision log filters in the URL', () => {
  it('reads repeated and comma separated values, in the outcomes order, and the dates', () => {
    const filters = parseDecisionLogFilters(new URLSearchParams('outcome=declined,agreed&outcome=agreed&priority=3&body=b1&from=2026-01-01&to=2026-12-31'));
    expect(filters).toEqual({ outcome: ['agreed', 'declined'], priority: ['3'], body: ['b1'], from: '2026-01-01', to: '2026-12-31' });
  });

  it('drops outcomes it does not know and empty values', () => {
    const filters = parseDecisionLogFilters(new URLSearchParams('outcome=maybe&priority=,&from='));
    expect(filters).toEqual({ outcome: [], priority: [], body: [], from: '', to: '' });
    expect(hasDecisionLogFilters(filters)).toBe(false);
  });

  it('writes the filters back so they read the same', () => {
    const filters = { outcome: ['agreed' as const], priority: ['2'], body: ['b1', 'b2'], from: '2026-02-01', to: '' };
    const query = toDecisionLogQuery(filters);
    expect(query).toBe('outcome=agreed&priority=2&body=b1&body=b2&from=2026-02-01');
    expect(parseDecisionLogFilters(new URLSearchParams(query))).toEqual(filters);
  });
});
