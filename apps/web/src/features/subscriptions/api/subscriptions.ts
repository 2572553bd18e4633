import type { NewExternalSubscription, NewReportSubscription, ReportSubscription, UnsubscribeDetails } from '@steerline/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const MY_SUBSCRIPTIONS_KEY = ['subscriptions', 'mine'] as const;
const OUTSIDE_SUBSCRIPTIONS_KEY = ['subscriptions', 'outside'] as const;

export const mySubscriptionsQueryOptions = () =>
  queryOptions({ queryKey: MY_SUBSCRIPTIONS_KEY, queryFn: () => apiClient.get<ReportSubscription[]>('/subscriptions') });

export const useMySubscriptions = () => useQuery(mySubscriptionsQueryOptions());

export function useSubscribe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: NewReportSubscription) => apiClient.post<ReportSubscription>('/subscriptions', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_SUBSCRIPTIONS_KEY }),
  });
}

export function useUnsubscribeMine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiClient.delete<void>(`/subscriptions/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_SUBSCRIPTIONS_KEY }),
  });
}

export const useUnsubscribeDetails = (token: string) =>
  useQuery({ queryKey: ['unsubscribe', token], queryFn: () => apiClient.get<UnsubscribeDetails>(`/unsubscribe/${token}`), retry: false });

export const useUnsubscribeByLink = (token: string) => useMutation({ mutationFn: () => apiClient.post<{ unsubscribed: true }>(`/unsubscribe/${token}`) });

/** Administrators: the digests going to addresses outside Steerline. */
export const useOutsideSubscriptions = () =>
  useQuery({ queryKey: OUTSIDE_SUBSCRIPTIONS_KEY, queryFn: () => apiClient.get<ReportSubscription[]>('/admin/subscriptions') });

export function useSubscribeAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: NewExternalSubscription) => apiClient.post<ReportSubscription>('/admin/subscriptions', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OUTSIDE_SUBSCRIPTIONS_KEY }),
  });
}

export function useStopAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiClient.delete<void>(`/admin/subscriptions/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OUTSIDE_SUBSCRIPTIONS_KEY }),
  });
}
