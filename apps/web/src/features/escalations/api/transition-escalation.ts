import type { DecideEscalationRequest, Escalation, ResolveEscalationRequest, TakeEscalationRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { escalationQueryOptions } from './get-escalation';

export type EscalationTransition =
  | { kind: 'take'; id: string; request: TakeEscalationRequest }
  | { kind: 'decision'; id: string; request: DecideEscalationRequest }
  | { kind: 'resolve'; id: string; request: ResolveEscalationRequest };

/** Take for review, record the decision, or resolve: each answers with the escalation as it now is. */
export const transitionEscalation = ({ kind, id, request }: EscalationTransition) =>
  apiClient.post<Escalation>(`/escalations/${encodeURIComponent(id)}/${kind}`, request);

export function useTransitionEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionEscalation,
    onSuccess: async (escalation) => {
      queryClient.setQueryData(escalationQueryOptions(escalation.id).queryKey, escalation);
      // A decision may add a milestone to the action, and sends notifications: everything but the session is stale.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
  });
}
