import type { CorporatePlanReport } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Report and comparison queries sit under the review key, so a change to a cycle or a return refreshes them too. */
export const REPORTS_KEY = ['reviews', 'reports'] as const;

export const getReport = (cycleId: string) => apiClient.get<CorporatePlanReport>(`/reviews/cycles/${encodeURIComponent(cycleId)}/report`);

export const reportQueryOptions = (cycleId: string) => queryOptions({ queryKey: [...REPORTS_KEY, 'report', cycleId], queryFn: () => getReport(cycleId) });

export const useReport = (cycleId: string) => useQuery(reportQueryOptions(cycleId));
