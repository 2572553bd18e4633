import { ESCALATION_QUEUE_MAX_PAGE_SIZE, type Escalation, type Page } from '@steerline/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { type QueueFilters, toQueuePageQuery, toQueueQuery } from '../queue-params';
import { ESCALATIONS_KEY } from './get-escalation';

/** One page of the board queue (the API's default page size), with the count of the whole filtered queue. */
export const getQueue = (filters: QueueFilters, page = 1) => {
  const query = toQueuePageQuery(filters, page);
  return apiClient.get<Page<Escalation>>(`/escalations/queue${query ? `?${query}` : ''}`);
};

export const queueQueryOptions = (filters: QueueFilters, page = 1) =>
  queryOptions({ queryKey: [...ESCALATIONS_KEY, 'queue', filters, page], queryFn: () => getQueue(filters, page) });

/** While the next page or filter loads, the previous page stays on screen. */
export const useQueue = (filters: QueueFilters, page = 1) => useQuery({ ...queueQueryOptions(filters, page), placeholderData: keepPreviousData });

/**
 * Every escalation in the filtered queue, for a choice of all of them (a meeting's agenda): the largest pages the API
 * gives, the first one telling how many more to fetch, those at once.
 */
export async function getWholeQueue(filters: QueueFilters): Promise<Escalation[]> {
  const pageOf = (page: number) => {
    const query = [toQueueQuery(filters), `pageSize=${ESCALATION_QUEUE_MAX_PAGE_SIZE}`, page > 1 ? `page=${page}` : ''].filter(Boolean).join('&');
    return apiClient.get<Page<Escalation>>(`/escalations/queue?${query}`);
  };
  const first = await pageOf(1);
  const pages = Math.ceil(first.total / ESCALATION_QUEUE_MAX_PAGE_SIZE);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, index) => pageOf(index + 2)));
  // An escalation that moved between two pages' requests would show twice: keep its first.
  const seen = new Set<string>();
  return [first, ...rest].flatMap((page) => page.items).filter((escalation) => !seen.has(escalation.id) && seen.add(escalation.id));
}

export const useWholeQueue = (filters: QueueFilters) =>
  useQuery({ queryKey: [...ESCALATIONS_KEY, 'queue', filters, 'all'], queryFn: () => getWholeQueue(filters) });
