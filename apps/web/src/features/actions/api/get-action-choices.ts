import { ACTION_LIST_MAX_PAGE_SIZE, type ActionSummary, type Page } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/**
 * The open actions of every strategy by reference, to choose a blocker from (cancelled ones are left out by the API).
 * A plan has dozens of actions, so the largest page holds them all.
 */
export const getActionChoices = () =>
  apiClient.get<Page<ActionSummary>>(`/actions?sort=reference&pageSize=${ACTION_LIST_MAX_PAGE_SIZE}`).then((page) => page.items);

export const actionChoicesQueryOptions = () => queryOptions({ queryKey: ['actions', 'choices'], queryFn: getActionChoices });

export const useActionChoices = (enabled: boolean) => useQuery({ ...actionChoicesQueryOptions(), enabled });
