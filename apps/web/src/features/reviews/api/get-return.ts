import type { ReviewReturn } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { REVIEWS_KEY } from './get-cycles';

export const getReturn = (id: string) => apiClient.get<ReviewReturn>(`/reviews/returns/${encodeURIComponent(id)}`);

export const returnQueryOptions = (id: string) => queryOptions({ queryKey: [...REVIEWS_KEY, 'return', id], queryFn: () => getReturn(id) });

export const useReturn = (id: string) => useQuery(returnQueryOptions(id));
