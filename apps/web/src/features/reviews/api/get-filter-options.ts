import type { BodySummary, PriorityRef } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { REVIEWS_KEY } from './get-cycles';

/** The strategy's priorities and the governance bodies, for the tracker's filters. */
export const getFilterOptions = async () => {
  const [priorities, bodies] = await Promise.all([apiClient.get<PriorityRef[]>('/priorities'), apiClient.get<BodySummary[]>('/bodies')]);
  return { priorities, bodies: bodies.map((body) => ({ id: body.id, name: body.name })) };
};

export const filterOptionsQueryOptions = () =>
  queryOptions({ queryKey: [...REVIEWS_KEY, 'filter-options'], queryFn: getFilterOptions, staleTime: 5 * 60_000 });

export const useFilterOptions = () => useQuery(filterOptionsQueryOptions());
