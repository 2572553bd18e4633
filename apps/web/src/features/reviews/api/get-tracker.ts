import type { Page, ReviewReturnRow } from '@steerline/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { asPage } from '../as-list';
import { type TrackerFilters, toTrackerQuery } from '../tracker-params';
import { REVIEWS_KEY } from './get-cycles';

export const getTracker = async (cycleId: string, filters: TrackerFilters) => {
  const query = toTrackerQuery(filters, { forApi: true });
  const answer = await apiClient.get<ReviewReturnRow[] | Page<ReviewReturnRow>>(
    `/reviews/cycles/${encodeURIComponent(cycleId)}/returns${query ? `?${query}` : ''}`,
  );
  return asPage(answer);
};

export const trackerQueryOptions = (cycleId: string, filters: TrackerFilters) =>
  queryOptions({ queryKey: [...REVIEWS_KEY, 'tracker', cycleId, filters], queryFn: () => getTracker(cycleId, filters), placeholderData: keepPreviousData });

export const useTracker = (cycleId: string, filters: TrackerFilters) => useQuery(trackerQueryOptions(cycleId, filters));
