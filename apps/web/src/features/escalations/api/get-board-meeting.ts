import type { BoardMeeting } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ESCALATIONS_KEY } from './get-escalation';

export const getBoardMeeting = (id: string) => apiClient.get<BoardMeeting>(`/board-meetings/${encodeURIComponent(id)}`);

export const boardMeetingQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...ESCALATIONS_KEY, 'meetings', 'detail', id], queryFn: () => getBoardMeeting(id), retry: false });

export const useBoardMeeting = (id: string) => useQuery(boardMeetingQueryOptions(id));
