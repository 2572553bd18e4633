import type { BodyDetail } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getBody = (id: string) => apiClient.get<BodyDetail>(`/bodies/${encodeURIComponent(id)}`);

export const bodyQueryOptions = (id: string) => queryOptions({ queryKey: ['bodies', id], queryFn: () => getBody(id) });

/** A governance body with its members. */
export const useBody = (id: string) => useQuery(bodyQueryOptions(id));
