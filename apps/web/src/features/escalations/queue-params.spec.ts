import { describe, expect, it } from 'vitest';
import { hasQueueFilters, parseQueueFilters, parseQueuePage, queueCountText, toQueuePageQuery, toQueueQuery } from './queue-params';

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

  it('reads the page, 1 unless a whole number from 1', () => {
    expect(parseQueuePage(new URLSearchParams('page=3&urgency=high'))).toBe(3);
    for (const bad of ['', 'page=', 'page=0', 'page=-2', 'page=1.5', 'page=two', 'page=01', 'page=99999999']) expect(parseQueuePage(new URLSearchParams(bad))).toBe(1);
  });

  it('writes a page after the filters, leaving out page 1', () => {
    const none = { urgency: [], priority: [], body: [] };
    expect(toQueuePageQuery(none, 1)).toBe('');
    expect(toQueuePageQuery(none, 2)).toBe('page=2');
    expect(toQueuePageQuery({ ...none, urgency: ['urgent' as const] }, 3)).toBe('urgency=urgent&page=3');
    expect(parseQueuePage(new URLSearchParams(toQueuePageQuery(none, 4)))).toBe(4);
  });

  it('counts the queue, with the rows shown when it takes more than one page', () => {
    const rows = (count: number) => Array.from({ length: count }, () => ({}) as never);
    expect(queueCountText({ items: rows(1), total: 1, page: 1, pageSize: 25 })).toBe('1 escalation');
    expect(queueCountText({ items: rows(6), total: 6, page: 1, pageSize: 25 })).toBe('6 escalations');
    expect(queueCountText({ items: [], total: 0, page: 1, pageSize: 25 })).toBe('0 escalations');
    expect(queueCountText({ items: rows(25), total: 150, page: 2, pageSize: 25 })).toBe('Showing 26 to 50 of 150 escalations');
    expect(queueCountText({ items: rows(10), total: 60, page: 3, pageSize: 25 })).toBe('Showing 51 to 60 of 60 escalations');
    expect(queueCountText({ items: [], total: 60, page: 9, pageSize: 25 })).toBe('60 escalations');
  });
});
