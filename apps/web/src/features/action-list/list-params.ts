import {
  ACTION_LIST_DEFAULT_PAGE_SIZE, ACTION_LIST_MAX_PAGE_SIZE, ACTION_LIST_SORTS, ACTION_STATUSES, RAGS, SORT_DIRECTIONS,
  type ActionListFilters, type ActionListQuery, type ActionListSort, type SortDirection,
} from '@steerline/contracts';

/**
 * The action list's state lives in the page's query string, so a filtered, sorted page is a link to share.
 * The names are the API's own (`GET /api/actions`), so the same string (less the paging) also feeds the exports.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PRIORITY = /^(?:[1-9][0-9]{0,8}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const WHOLE_NUMBER = /^[1-9][0-9]{0,8}$/;
const MAX_SEARCH_LENGTH = 200;

export const DEFAULT_SORT: ActionListSort = 'reference';
export const DEFAULT_DIRECTION: SortDirection = 'asc';

/** Every value of a parameter, whether repeated (`a=1&a=2`) or comma separated (`a=1,2`), trimmed, without blanks or repeats. */
function listOf(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return [...new Set(values)];
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  const trimmed = value?.trim();
  return allowed.find((candidate) => candidate === trimmed);
}

function matching(pattern: RegExp, value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed && pattern.test(trimmed) ? trimmed : undefined;
}

function booleanOf(value: string | null): boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

function wholeNumber(value: string | null, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed || !WHOLE_NUMBER.test(trimmed)) return undefined;
  return Math.min(Number(trimmed), max);
}

function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}

/**
 * Reads the list's query from a query string (the page's URL, or a submitted filter form).
 * Values the API would refuse are dropped, so a hand-edited link still shows a list rather than an error.
 */
export function queryFromSearchParams(params: URLSearchParams): ActionListQuery {
  const query: ActionListQuery = {
    q: params.get('q')?.trim().slice(0, MAX_SEARCH_LENGTH) || undefined,
    priority: nonEmpty(listOf(params, 'priority').filter((value) => PRIORITY.test(value))),
    status: nonEmpty(listOf(params, 'status').flatMap((value) => oneOf(ACTION_STATUSES, value) ?? [])),
    rag: nonEmpty(listOf(params, 'rag').flatMap((value) => oneOf(RAGS, value) ?? [])),
    owner: params.get('owner')?.trim() === 'me' ? 'me' : matching(UUID, params.get('owner')),
    body: matching(UUID, params.get('body')),
    partner: matching(UUID, params.get('partner')),
    segment: matching(UUID, params.get('segment')),
    overdue: booleanOf(params.get('overdue')),
    stale: booleanOf(params.get('stale')),
    blocked: booleanOf(params.get('blocked')),
    sort: oneOf(ACTION_LIST_SORTS, params.get('sort')),
    direction: oneOf(SORT_DIRECTIONS, params.get('direction')),
    page: wholeNumber(params.get('page')),
    pageSize: wholeNumber(params.get('pageSize'), ACTION_LIST_MAX_PAGE_SIZE),
  };
  return withoutDefaults(query);
}

/** Drops what means the same as leaving it out, so that one list has one URL. */
function withoutDefaults(query: ActionListQuery): ActionListQuery {
  const result: ActionListQuery = { ...query };
  if (result.sort === DEFAULT_SORT) delete result.sort;
  if (result.direction === DEFAULT_DIRECTION) delete result.direction;
  if (result.page === 1) delete result.page;
  if (result.pageSize === ACTION_LIST_DEFAULT_PAGE_SIZE) delete result.pageSize;
  for (const key of Object.keys(result) as (keyof ActionListQuery)[]) {
    if (result[key] === undefined) delete result[key];
  }
  return result;
}

/** The filters and sort of a query, without its paging: what the exports take. */
export function filtersOf({ page: _page, pageSize: _pageSize, ...filters }: ActionListQuery): ActionListFilters {
  return filters;
}

/** Writes a query as a query string in a fixed order, leaving out defaults: `q`, filters, sort, then paging. */
export function searchParamsFromQuery(query: ActionListQuery): URLSearchParams {
  const clean = withoutDefaults(query);
  const params = new URLSearchParams();
  const add = (name: string, value: string | number | boolean | undefined) => {
    if (value !== undefined) params.append(name, String(value));
  };
  add('q', clean.q);
  clean.priority?.forEach((value) => add('priority', value));
  clean.status?.forEach((value) => add('status', value));
  clean.rag?.forEach((value) => add('rag', value));
  add('owner', clean.owner);
  add('body', clean.body);
  add('partner', clean.partner);
  add('segment', clean.segment);
  add('overdue', clean.overdue);
  add('stale', clean.stale);
  add('blocked', clean.blocked);
  add('sort', clean.sort);
  add('direction', clean.direction);
  add('page', clean.page);
  add('pageSize', clean.pageSize);
  return params;
}

/** `?a=1&b=2`, or '' when there is nothing to say. */
export function toSearch(query: ActionListQuery): string {
  const text = searchParamsFromQuery(query).toString();
  return text ? `?${text}` : '';
}

/** The same list sorted by another column: the current column flips direction, a new one starts ascending. Back to page 1. */
export function sortedBy(query: ActionListQuery, sort: ActionListSort): ActionListQuery {
  const current = query.sort ?? DEFAULT_SORT;
  const direction: SortDirection = current === sort && (query.direction ?? DEFAULT_DIRECTION) === 'asc' ? 'desc' : 'asc';
  return { ...query, sort, direction, page: undefined };
}

/** The same list on another page. */
export function onPage(query: ActionListQuery, page: number): ActionListQuery {
  return { ...query, page };
}

/** True when any filter (not sort or paging) is set. */
export function hasFilters(query: ActionListQuery): boolean {
  const { sort: _sort, direction: _direction, ...filters } = filtersOf(query);
  return Object.values(filters).some((value) => value !== undefined);
}
