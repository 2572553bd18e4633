import type { ActionDetail } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getAction = (id: string) => apiClient.get<ActionDetail>(`/actions/${encodeURIComponent(id)}`);

/** Every query about one action starts with this key, so invalidating it refreshes the action, its updates and history. */
export const actionKey = (id: string) => ['actions', 'detail', id] as const;

export const actionQueryOptions = (id: string) => queryOptions({ queryKey: [...actionKey(id), 'record'], queryFn: () => getAction(id) });

export const useAction = (id: string) => useQuery(actionQueryOptions(id));
