import type { PartnerSummary } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Partner organisations, for the partner filter. */
export const getPartners = () => apiClient.get<PartnerSummary[]>('/partners');

export const partnersQueryOptions = () => queryOptions({ queryKey: ['partners', 'options'], queryFn: getPartners, staleTime: 5 * 60_000 });

export const usePartners = () => useQuery(partnersQueryOptions());
