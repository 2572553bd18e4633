import type { ActionHistoryEntry } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { actionKey } from './get-action';

export const getActionHistory = (actionId: string) => apiClient.get<ActionHistoryEntry[]>(`/actions/${encodeURIComponent(actionId)}/history`);

export const actionHistoryQueryOptions = (actionId: string) =>
  queryOptions({ queryKey: [...actionKey(actionId), 'history'], queryFn: () => getActionHistory(actionId) });

export const useActionHistory = (actionId: string) => useQuery(actionHistoryQueryOptions(actionId));
