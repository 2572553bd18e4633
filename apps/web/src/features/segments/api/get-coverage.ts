import type { SegmentCoverage } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getCoverage = () => apiClient.get<SegmentCoverage[]>('/segments/coverage');

export const coverageQueryOptions = () => queryOptions({ queryKey: ['segments', 'coverage'], queryFn: getCoverage });

export const useCoverage = () => useQuery(coverageQueryOptions());
