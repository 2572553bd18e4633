import type { ReviewCycleDetail } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { cycleQueryOptions } from './get-cycle';

export type CycleTransition = 'open' | 'board-review' | 'sign-off';

/** Opens the cycle (creating its returns), starts the board's review, or signs it off (freezing it). */
export const transitionCycle = ({ id, transition, version }: { id: string; transition: CycleTransition; version: number }) =>
  apiClient.post<ReviewCycleDetail>(`/reviews/cycles/${encodeURIComponent(id)}/${transition}`, { version });

export function useTransitionCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionCycle,
    onSuccess: async (cycle) => {
      queryClient.setQueryData(cycleQueryOptions(cycle.id).queryKey, cycle);
      // Opening creates returns and sign-off changes actions: everything but the session may be stale.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
  });
}
