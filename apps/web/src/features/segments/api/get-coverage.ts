import type { SegmentCoverage } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { SEGMENTS_KEY } from './segments-key';

export const getCoverage = () => apiClient.get<SegmentCoverage[]>('/segments/coverage');

export const coverageQueryOptions = () => queryOptions({ queryKey: [...SEGMENTS_KEY, 'coverage'], queryFn: getCoverage });

export const useCoverage = () => useQuery(coverageQueryOptions());
