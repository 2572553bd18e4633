import type { ActionListQuery, ActionSummary, Page } from '@steerline/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { searchParamsFromQuery } from '../list-params';

export function getActions(query: ActionListQuery): Promise<Page<ActionSummary>> {
  const search = searchParamsFromQuery(query).toString();
  return apiClient.get<Page<ActionSummary>>(`/actions${search ? `?${search}` : ''}`);
}

/** Every list of actions shares the key's first part, so a change to any action can invalidate them all with `['actions']`. */
export const actionListQueryOptions = (query: ActionListQuery) =>
  queryOptions({
    queryKey: ['actions', 'list', searchParamsFromQuery(query).toString()],
    queryFn: () => getActions(query),
    // Back from an action just updated, the list must show it as it is now.
    staleTime: 0,
  });

/** While the next page or filter loads, the previous results stay on screen. */
export const useActions = (query: ActionListQuery) => useQuery({ ...actionListQueryOptions(query), placeholderData: keepPreviousData });
