import type { Attachment } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Every list of files shares this root, so adding or removing a file anywhere refreshes each list that shows it. */
export const ATTACHMENTS_KEY = ['attachments'] as const;

/** `path` is the record's evidence address, such as `/actions/<id>/attachments`. */
export const attachmentsQueryOptions = (path: string) =>
  queryOptions({
    queryKey: [...ATTACHMENTS_KEY, path],
    queryFn: () => apiClient.get<Attachment[]>(path),
    // A file being checked for viruses turns clean or refused within seconds: ask again until none is waiting.
    refetchInterval: (query) => (query.state.data?.some((file) => file.scan === 'checking') ? CHECKING_REFRESH_MS : false),
  });

export const CHECKING_REFRESH_MS = 3000;

export const useAttachments = (path: string) => useQuery(attachmentsQueryOptions(path));
