import type { PersonRef } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Active people, for the owner filter. */
export const getPeople = () => apiClient.get<PersonRef[]>('/people');

export const peopleQueryOptions = () => queryOptions({ queryKey: ['people', 'options'], queryFn: getPeople, staleTime: 5 * 60_000 });

export const usePeople = () => useQuery(peopleQueryOptions());
