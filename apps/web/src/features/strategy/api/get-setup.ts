import type { SetupProgress } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getSetup = () => apiClient.get<SetupProgress>('/setup');

/**
 * The first-run checklist (administrators only). Its counts follow changes made all over the app (segments, people,
 * actions, imports), so it is read afresh whenever it is shown rather than invalidated from each of those features.
 */
export const setupQueryOptions = () => queryOptions({ queryKey: ['setup'], queryFn: getSetup, staleTime: 0, refetchOnMount: 'always' });

export const useSetup = (enabled = true) => useQuery({ ...setupQueryOptions(), enabled });
