import type { RiskStatus, RiskSummary } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Every risk query starts with this key, so one invalidation refreshes the register, a risk and the dashboard's list. */
export const RISKS_KEY = ['risks'] as const;

export const getRisks = (status?: RiskStatus) => apiClient.get<RiskSummary[]>(status ? `/risks?status=${encodeURIComponent(status)}` : '/risks');

export const risksQueryOptions = (status?: RiskStatus) => queryOptions({ queryKey: [...RISKS_KEY, 'list', status ?? 'all'], queryFn: () => getRisks(status) });

export const useRisks = (status?: RiskStatus) => useQuery(risksQueryOptions(status));
