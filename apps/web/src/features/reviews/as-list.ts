import type { Page } from '@steerline/contracts';

/** A list answer as its items, whether the API sent a plain array or a page of results. */
export function asList<T>(answer: T[] | Page<T>): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}

/** A list answer as a page, whether the API sent a plain array (one page of everything) or a page of results. */
export function asPage<T>(answer: T[] | Page<T>): Page<T> {
  return Array.isArray(answer) ? { items: answer, total: answer.length, page: 1, pageSize: Math.max(answer.length, 1) } : answer;
}
