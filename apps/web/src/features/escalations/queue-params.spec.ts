import { describe, expect, it } from 'vitest';
import { hasQueueFilters, parseQueueFilters, toQueueQuery } from './queue-params';

describe('board queue filters in the URL', () => {
  it('reads repeated and comma separated values, in the urgencies order, without duplicates', () => {
    const filters = parseQueueFilters(new URLSearchParams('urgency=urgent,routine&urgency=urgent&priority=3&priority=4&body=b1'));
    expect(filters).toEqual({ urgency: ['routine', 'urgent'], priority: ['3', '4'], body: ['b1'] });
  });

  it('drops urgencies it does not know and empty values', () => {
    expect(parseQueueFilters(new URLSearchParams('urgency=critical&urgency=&priority=,'))).toEqual({ urgency: [], priority: [], body: [] });
  });

  it('writes the filters back so they read the same', () => {
    const filters = { urgency: ['high' as const], priority: ['2'], body: ['b1', 'b2'] };
    const query = toQueueQuery(filters);
    expect(query).toBe('urgency=high&priority=2&body=b1&body=b2');
    expect(parseQueueFilters(new URLSearchParams(query))).toEqual(filters);
  });

  it('is empty with no filters', () => {
    const none = { urgency: [], priority: [], body: [] };
    expect(toQueueQuery(none)).toBe('');
    expect(hasQueueFilters(none)).toBe(false);
    expect(hasQueueFilters({ ...none, body: ['x'] })).toBe(true);
  });
});
