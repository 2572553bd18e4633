import type { ReviewReturn, SaveReviewReturnRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { REVIEWS_KEY } from './get-cycles';
import { returnQueryOptions } from './get-return';

export type ReturnChange =
  | { kind: 'save'; id: string; request: SaveReviewReturnRequest }
  /** Saves the form first, then submits the version the save produced. */
  | { kind: 'submit'; id: string; request: SaveReviewReturnRequest }
  | { kind: 'send-back'; id: string; request: { comment: string; version: number } }
  | { kind: 'accept'; id: string; request: { version: number } };

const path = (id: string, verb?: string) => `/reviews/returns/${encodeURIComponent(id)}${verb ? `/${verb}` : ''}`;

/** `onSaved` hears of the saved return before a submission, so a refused submission still shows what was saved. */
export async function changeReturn(change: ReturnChange, onSaved: (saved: ReviewReturn) => void = () => undefined): Promise<ReviewReturn> {
  switch (change.kind) {
    case 'save':
      return apiClient.put<ReviewReturn>(path(change.id), change.request);
    case 'submit': {
      const saved = await apiClient.put<ReviewReturn>(path(change.id), change.request);
      onSaved(saved);
      return apiClient.post<ReviewReturn>(path(change.id, 'submit'), { version: saved.version });
    }
    case 'send-back':
      return apiClient.post<ReviewReturn>(path(change.id, 'send-back'), change.request);
    case 'accept':
      return apiClient.post<ReviewReturn>(path(change.id, 'accept'), change.request);
  }
}

export function useChangeReturn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ReturnChange) =>
      changeReturn(change, (saved) => queryClient.setQueryData(returnQueryOptions(saved.id).queryKey, saved)),
    onSuccess: async (answer) => {
      queryClient.setQueryData(returnQueryOptions(answer.id).queryKey, answer);
      await queryClient.invalidateQueries({ queryKey: REVIEWS_KEY, predicate: (query) => query.queryKey[2] !== answer.id });
    },
  });
}
