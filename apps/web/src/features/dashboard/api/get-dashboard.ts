import type { DashboardResponse } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getDashboard = () => apiClient.get<DashboardResponse>('/dashboard');

/** Fetched afresh each time the page opens: after a progress update the figures must have moved. */
export const dashboardQueryOptions = () => queryOptions({ queryKey: ['dashboard'], queryFn: getDashboard, staleTime: 0 });

export const useDashboard = () => useQuery(dashboardQueryOptions());
