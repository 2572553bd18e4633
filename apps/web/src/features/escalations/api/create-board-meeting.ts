import type { BoardMeeting, CreateBoardMeetingRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { boardMeetingQueryOptions } from './get-board-meeting';
import { boardMeetingsQueryOptions } from './get-board-meetings';

export const createBoardMeeting = (request: CreateBoardMeetingRequest) => apiClient.post<BoardMeeting>('/board-meetings', request);

export function useCreateBoardMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBoardMeeting,
    onSuccess: async (meeting) => {
      queryClient.setQueryData(boardMeetingQueryOptions(meeting.id).queryKey, meeting);
      await queryClient.invalidateQueries({ queryKey: boardMeetingsQueryOptions().queryKey, exact: true });
    },
  });
}
