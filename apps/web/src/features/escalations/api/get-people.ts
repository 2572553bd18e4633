import type { PersonRef } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Active people, for the follow-up owner. */
export const getPeople = () => apiClient.get<PersonRef[]>('/people');

export const peopleQueryOptions = () => queryOptions({ queryKey: ['escalation-options', 'people'], queryFn: getPeople, staleTime: 5 * 60_000 });

export const usePeople = () => useQuery(peopleQueryOptions());
