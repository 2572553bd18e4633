import type { Page, ReviewReturnRow } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { asList } from '../as-list';
import { REVIEWS_KEY } from './get-cycles';

/** The signed-in user's returns in cycles that are open or in board review, soonest due first. */
export const getMyReturns = async () => asList(await apiClient.get<ReviewReturnRow[] | Page<ReviewReturnRow>>('/reviews/returns/mine'));

export const myReturnsQueryOptions = () => queryOptions({ queryKey: [...REVIEWS_KEY, 'returns', 'mine'], queryFn: getMyReturns });

export const useMyReturns = () => useQuery(myReturnsQueryOptions());
