import type { Attachment } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Every list of files shares this root, so adding or removing a file anywhere refreshes each list that shows it. */
export const ATTACHMENTS_KEY = ['attachments'] as const;

/** `path` is the record's evidence address, such as `/actions/<id>/attachments`. */
export const attachmentsQueryOptions = (path: string) =>
  queryOptions({ queryKey: [...ATTACHMENTS_KEY, path], queryFn: () => apiClient.get<Attachment[]>(path) });

export const useAttachments = (path: string) => useQuery(attachmentsQueryOptions(path));
