import type { ReviewCycleSummary } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { REPORTS_KEY } from './get-report';

/** The cycles to compare, as choices for the compare page's selects. */
export const getCycleChoices = async () => {
  const cycles = await apiClient.get<ReviewCycleSummary[]>('/reviews/cycles');
  return cycles.map((cycle) => ({ id: cycle.id, name: cycle.name, periodStart: cycle.periodStart, status: cycle.status }));
};

export const cycleChoicesQueryOptions = () => queryOptions({ queryKey: [...REPORTS_KEY, 'cycle-choices'], queryFn: getCycleChoices });

export const useCycleChoices = () => useQuery(cycleChoicesQueryOptions());
