import { describe, expect, it } from 'vitest';
import { filtersOf, hasFilters, queryFromSearchParams, searchParamsFromQuery, sortedBy, toSearch } from './list-params';

const ID = '0b5e8a52-3c1f-4d7e-9a61-2f4b8c9d0e1f';
const read = (search: string) => queryFromSearchParams(new URLSearchParams(search));

describe('reading the action list query from the URL', () => {
  it('reads every filter, the sort and the page', () => {
    expect(
      read(`q=drop-in&priority=1&priority=3&status=in_progress&rag=red&rag=amber&owner=me&body=${ID}&partner=${ID}&segment=${ID}&overdue=true&stale=false&sort=dueDate&direction=desc&page=2&pageSize=50`),
    ).toEqual({
      q: 'drop-in',
      priority: ['1', '3'],
      status: ['in_progress'],
      rag: ['red', 'amber'],
      owner: 'me',
      body: ID,
      partner: ID,
      segment: ID,
      overdue: true,
      stale: false,
      sort: 'dueDate',
      direction: 'desc',
      page: 2,
      pageSize: 50,
    });
  });

  it('takes lists either repeated or comma separated, without repeats', () => {
    expect(read('rag=red,amber&rag=red&status=complete, cancelled')).toEqual({ rag: ['red', 'amber'], status: ['complete', 'cancelled'] });
  });

  it('reads an empty query string as the whole list', () => {
    expect(read('')).toEqual({});
  });

  it('reads a submitted filter form, whose empty fields and default sort mean "no filter"', () => {
    expect(read('q=&overdue=true&owner=&body=&partner=&segment=&sort=reference&direction=asc')).toEqual({ overdue: true });
  });

  it('drops values the API would refuse, so a hand-edited link still shows a list', () => {
    expect(
      read('status=lost&rag=purple&owner=someone&body=12&priority=0&priority=x&overdue=yes&sort=colour&direction=up&page=-1&pageSize=abc'),
    ).toEqual({});
  });

  it('keeps the page size within the largest the API allows and drops the first page', () => {
    expect(read('pageSize=1000&page=1')).toEqual({ pageSize: 100 });
  });

  it('accepts priority ids as well as numbers', () => {
    expect(read(`priority=${ID}&priority=6`)).toEqual({ priority: [ID, '6'] });
  });
});

describe('writing the action list query to the URL', () => {
  it('writes the filters in a fixed order and leaves out the defaults', () => {
    const search = searchParamsFromQuery({
      sort: 'reference',
      direction: 'asc',
      page: 1,
      pageSize: 25,
      overdue: true,
      owner: 'me',
      q: 'card',
      rag: ['red', 'amber'],
    }).toString();
    expect(search).toBe('q=card&rag=red&rag=amber&owner=me&overdue=true');
  });

  it('round-trips: what it writes reads back as the same query', () => {
    const query = { priority: ['2'], status: ['not_started' as const], stale: true, sort: 'dueDate' as const, direction: 'desc' as const, page: 3 };
    expect(queryFromSearchParams(searchParamsFromQuery(query))).toEqual(query);
  });

  it('gives the exports the filters and sort without the paging, which they refuse', () => {
    expect(toSearch(filtersOf({ overdue: true, sort: 'dueDate', page: 2, pageSize: 50 }))).toBe('?overdue=true&sort=dueDate');
  });

  it('writes nothing for the whole list', () => {
    expect(toSearch({})).toBe('');
  });
});

describe('sorting by a column header', () => {
  it('sorts a new column ascending and goes back to the first page', () => {
    expect(sortedBy({ overdue: true, page: 3 }, 'dueDate')).toEqual({ overdue: true, sort: 'dueDate', direction: 'asc', page: undefined });
  });

  it('reverses the column already sorted by', () => {
    expect(sortedBy({ sort: 'dueDate' }, 'dueDate').direction).toBe('desc');
    expect(sortedBy({ sort: 'dueDate', direction: 'desc' }, 'dueDate').direction).toBe('asc');
    expect(sortedBy({}, 'reference').direction).toBe('desc');
  });
});

describe('knowing whether a list is filtered', () => {
  it('counts filters but not the sort or the page', () => {
    expect(hasFilters({ sort: 'title', direction: 'desc', page: 2 })).toBe(false);
    expect(hasFilters({ stale: false })).toBe(true);
  });
});
