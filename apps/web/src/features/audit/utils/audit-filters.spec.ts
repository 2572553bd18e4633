import { describe, expect, it } from 'vitest';
import { auditQueryString, filtersFromForm, filtersFromSearchParams, filtersToSearchParams, hasFilters } from './audit-filters';

describe('audit trail filters in the address', () => {
  it('reads every filter and the page from the address', () => {
    const filters = filtersFromSearchParams(new URLSearchParams('entityType=user&operation=deactivate&actor=a-1&from=2026-04-01&to=2026-09-30&page=3'));
    expect(filters).toEqual({ entityType: 'user', operation: 'deactivate', actor: 'a-1', from: '2026-04-01', to: '2026-09-30', page: 3 });
  });

  it('treats blank filters as unset and an odd page number as the first page', () => {
    expect(filtersFromSearchParams(new URLSearchParams('entityType=&operation=%20&page=abc'))).toEqual({ page: 1 });
    expect(filtersFromSearchParams(new URLSearchParams('page=0')).page).toBe(1);
    expect(filtersFromSearchParams(new URLSearchParams('page=2.5')).page).toBe(1);
    expect(filtersFromSearchParams(new URLSearchParams('page=-4')).page).toBe(1);
  });

  it('writes only the filters that are set, and no page number for the first page', () => {
    expect(filtersToSearchParams({ operation: 'create', page: 1 }).toString()).toBe('operation=create');
    expect(filtersToSearchParams({ page: 1 }).toString()).toBe('');
    expect(filtersToSearchParams({ entityType: 'partner', from: '2026-04-01', page: 2 }).toString()).toBe('entityType=partner&from=2026-04-01&page=2');
  });

  it('survives a round trip through the address', () => {
    const filters = { entityType: 'segment', actor: 'b-2', to: '2026-12-31', page: 4 };
    expect(filtersFromSearchParams(filtersToSearchParams(filters))).toEqual(filters);
  });

  it('starts again from the first page when the filter form is submitted', () => {
    const form = new FormData();
    form.set('entityType', 'user');
    form.set('operation', '');
    form.set('actor', '');
    form.set('from', ' 2026-04-01 ');
    form.set('to', '');
    expect(filtersFromForm(form)).toEqual({ entityType: 'user', from: '2026-04-01', page: 1 });
  });

  it('always asks the API for a page and a page size', () => {
    expect(auditQueryString({ page: 1 })).toBe('page=1&pageSize=25');
    expect(auditQueryString({ operation: 'edit', page: 2 })).toBe('operation=edit&page=2&pageSize=25');
  });

  it('tells whether any filter is set, ignoring the page', () => {
    expect(hasFilters({ page: 3 })).toBe(false);
    expect(hasFilters({ to: '2026-01-01', page: 1 })).toBe(true);
  });
});
