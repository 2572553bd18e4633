import type { Escalation } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { type QueueFilters, toQueueQuery } from '../queue-params';
import { ESCALATIONS_KEY } from './get-escalation';

export const getQueue = (filters: QueueFilters) => {
  const query = toQueueQuery(filters);
  return apiClient.get<Escalation[]>(`/escalations/queue${query ? `?${query}` : ''}`);
};

export const queueQueryOptions = (filters: QueueFilters) =>
  queryOptions({ queryKey: [...ESCALATIONS_KEY, 'queue', filters], queryFn: () => getQueue(filters) });

export const useQueue = (filters: QueueFilters) => useQuery(queueQueryOptions(filters));
