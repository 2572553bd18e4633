import type { CycleComparison } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { REPORTS_KEY } from './get-report';

export const getComparison = (from: string, to: string) =>
  apiClient.get<CycleComparison>(`/reviews/compare?${new URLSearchParams({ from, to }).toString()}`);

export const comparisonQueryOptions = (from: string, to: string) =>
  queryOptions({ queryKey: [...REPORTS_KEY, 'compare', from, to], queryFn: () => getComparison(from, to) });

export const useComparison = (from: string, to: string) => useQuery({ ...comparisonQueryOptions(from, to), enabled: from !== '' && to !== '' && from !== to });
