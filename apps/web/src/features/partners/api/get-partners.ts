import type { PartnerSummary } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getPartners = () => apiClient.get<PartnerSummary[]>('/partners');

export const partnersQueryOptions = () => queryOptions({ queryKey: ['partners', 'list'], queryFn: getPartners });

export const usePartners = () => useQuery(partnersQueryOptions());
