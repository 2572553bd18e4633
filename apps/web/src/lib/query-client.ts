import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

const MAX_RETRIES = 2;

/** How long a fetched answer is shown without asking again, unless a query says otherwise. */
export const DEFAULT_STALE_TIME = 30_000;

/** Only failures that may pass by themselves (5xx, network) are retried; a 4xx answer will not change. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: DEFAULT_STALE_TIME, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
