import type { PartnerDetail } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getPartner = (id: string) => apiClient.get<PartnerDetail>(`/partners/${encodeURIComponent(id)}`);

export const partnerQueryOptions = (id: string) => queryOptions({ queryKey: ['partners', 'detail', id], queryFn: () => getPartner(id) });

export const usePartner = (id: string) => useQuery(partnerQueryOptions(id));
