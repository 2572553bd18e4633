import type { DecisionLogEntry } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { type DecisionLogFilterValues, toDecisionLogQuery } from '../decision-log-params';
import { ESCALATIONS_KEY } from './get-escalation';

export const getDecisions = (filters: DecisionLogFilterValues) => {
  const query = toDecisionLogQuery(filters);
  return apiClient.get<DecisionLogEntry[]>(`/decisions${query ? `?${query}` : ''}`);
};

export const decisionsQueryOptions = (filters: DecisionLogFilterValues) =>
  queryOptions({ queryKey: [...ESCALATIONS_KEY, 'decisions', filters], queryFn: () => getDecisions(filters), retry: false });

export const useDecisions = (filters: DecisionLogFilterValues) => useQuery(decisionsQueryOptions(filters));
