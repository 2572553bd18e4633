import type { Escalation } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ESCALATIONS_KEY } from './get-escalation';

export const getActionEscalations = (actionId: string) => apiClient.get<Escalation[]>(`/actions/${encodeURIComponent(actionId)}/escalations`);

export const actionEscalationsQueryOptions = (actionId: string) =>
  queryOptions({ queryKey: [...ESCALATIONS_KEY, 'action', actionId], queryFn: () => getActionEscalations(actionId) });

export const useActionEscalations = (actionId: string) => useQuery(actionEscalationsQueryOptions(actionId));
