import type { RiskDetail } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { RISKS_KEY } from './get-risks';

export const getRisk = (id: string) => apiClient.get<RiskDetail>(`/risks/${encodeURIComponent(id)}`);

export const riskQueryOptions = (id: string) => queryOptions({ queryKey: [...RISKS_KEY, 'detail', id], queryFn: () => getRisk(id) });

export const useRisk = (id: string) => useQuery(riskQueryOptions(id));
