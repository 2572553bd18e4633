import type { Escalation } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getEscalation = (id: string) => apiClient.get<Escalation>(`/escalations/${encodeURIComponent(id)}`);

/** Every escalation query starts with this key, so one invalidation refreshes the queue, the record and an action's list. */
export const ESCALATIONS_KEY = ['escalations'] as const;

export const escalationQueryOptions = (id: string) => queryOptions({ queryKey: [...ESCALATIONS_KEY, 'detail', id], queryFn: () => getEscalation(id) });

export const useEscalation = (id: string) => useQuery(escalationQueryOptions(id));
