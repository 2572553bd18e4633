import type { ProgressUpdate } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { actionKey } from './get-action';

export const getProgressUpdates = (actionId: string) => apiClient.get<ProgressUpdate[]>(`/actions/${encodeURIComponent(actionId)}/updates`);

export const progressUpdatesQueryOptions = (actionId: string) =>
  queryOptions({ queryKey: [...actionKey(actionId), 'updates'], queryFn: () => getProgressUpdates(actionId) });

export const useProgressUpdates = (actionId: string) => useQuery(progressUpdatesQueryOptions(actionId));
