import type { AddAgendaItemRequest, BoardMeeting } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { boardMeetingQueryOptions } from './get-board-meeting';
import { ESCALATIONS_KEY } from './get-escalation';

export const addAgendaItem = ({ meetingId, request }: { meetingId: string; request: AddAgendaItemRequest }) =>
  apiClient.post<BoardMeeting>(`/board-meetings/${encodeURIComponent(meetingId)}/agenda`, request);

export function useAddAgendaItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addAgendaItem,
    onSuccess: async (meeting) => {
      queryClient.setQueryData(boardMeetingQueryOptions(meeting.id).queryKey, meeting);
      // The escalation may now be under review: the queue, the escalation and the meetings list are stale.
      await queryClient.invalidateQueries({ queryKey: ESCALATIONS_KEY });
    },
  });
}
