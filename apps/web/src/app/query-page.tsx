import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isNotFound } from '../lib/form-errors';
import { NotFoundPage } from './routes/not-found';
import { ServiceProblemPage } from './routes/service-problem';

interface QueryPageProps<T> {
  /** The query for the record the page is about (an action, a cycle, a partner). */
  query: UseQueryResult<T>;
  /** What to show while it loads: nothing by default, so a quick answer does not flash a message. */
  pending?: ReactNode;
  /** The page, once the record has arrived. */
  children: (data: T) => ReactNode;
}

/**
 * The one way a page about a single record answers before it can show it: nothing (or `pending`) while loading,
 * "Page not found" when the API says there is no such record, and "Sorry, there is a problem with the service" for
 * any other failure. The API client raises typed errors; this decides what a page shows for them.
 */
export function QueryPage<T>({ query, pending = null, children }: QueryPageProps<T>) {
  if (query.isPending) return pending;
  if (query.isError) return isNotFound(query.error) ? <NotFoundPage /> : <ServiceProblemPage />;
  return children(query.data);
}
