import { ACTION_LIST_MAX_PAGE_SIZE, type ActionSummary, type Page } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The actions a risk can be linked to, for the form's checkboxes (the first page of the plan, by reference). */
export const linkableActionsQueryOptions = () =>
  queryOptions({
    queryKey: ['risks', 'linkable-actions'],
    queryFn: () => apiClient.get<Page<ActionSummary>>(`/actions?pageSize=${ACTION_LIST_MAX_PAGE_SIZE}&sort=reference`),
  });

export const useLinkableActions = () => useQuery(linkableActionsQueryOptions());
