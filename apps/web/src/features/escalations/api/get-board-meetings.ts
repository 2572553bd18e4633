import type { BoardMeetingSummary } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ESCALATIONS_KEY } from './get-escalation';

export const getBoardMeetings = () => apiClient.get<BoardMeetingSummary[]>('/board-meetings');

export const boardMeetingsQueryOptions = () => queryOptions({ queryKey: [...ESCALATIONS_KEY, 'meetings'], queryFn: getBoardMeetings });

export const useBoardMeetings = () => useQuery(boardMeetingsQueryOptions());
