import type { SetupProgress } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getSetup = () => apiClient.get<SetupProgress>('/setup');

/** The first-run checklist (administrators only). Every set-up change invalidates it through `['setup']`. */
export const setupQueryOptions = () => queryOptions({ queryKey: ['setup'], queryFn: getSetup });

export const useSetup = (enabled = true) => useQuery({ ...setupQueryOptions(), enabled });
