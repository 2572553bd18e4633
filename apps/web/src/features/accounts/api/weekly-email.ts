import type { WeeklyEmailChoice } from '@steerline/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const WEEKLY_EMAIL_KEY = ['account', 'weekly-email'] as const;

export const weeklyEmailQueryOptions = () =>
  queryOptions({ queryKey: WEEKLY_EMAIL_KEY, queryFn: () => apiClient.get<WeeklyEmailChoice>('/account/weekly-email') });

export const useWeeklyEmail = () => useQuery(weeklyEmailQueryOptions());

export function useChooseWeeklyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choice: WeeklyEmailChoice) => apiClient.put<WeeklyEmailChoice>('/account/weekly-email', choice),
    onSuccess: (saved) => queryClient.setQueryData(WEEKLY_EMAIL_KEY, saved),
  });
}
