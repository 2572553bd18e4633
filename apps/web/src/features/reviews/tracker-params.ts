import { RETURN_STATUSES, type ReturnStatus } from '@steerline/contracts';

/** The tracker's filters, as kept in the cycle page's URL and sent to the API under the same names. */
export interface TrackerFilters {
  status: ReturnStatus[];
  /** A priority's number, or '' for all. */
  priority: string;
  /** An owning body's id, or '' for all. */
  body: string;
  /** Only the signed-in user's returns. */
  mine: boolean;
  q: string;
  page: number;
}

/** The states the tracker filters by; "Draft (not submitted)" counts as missing, as the board sees it. */
export const TRACKER_STATUSES = ['not_started', 'submitted', 'sent_back', 'accepted'] as const satisfies readonly ReturnStatus[];

const isStatus = (value: string): value is ReturnStatus => (RETURN_STATUSES as readonly string[]).includes(value);

const values = (params: URLSearchParams, name: string) =>
  [...new Set(params.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean))];

export function parseTrackerFilters(params: URLSearchParams): TrackerFilters {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const wanted = values(params, 'status').filter(isStatus);
  return {
    status: RETURN_STATUSES.filter((status) => wanted.includes(status)),
    priority: (params.get('priority') ?? '').trim(),
    body: (params.get('body') ?? '').trim(),
    mine: params.get('owner') === 'me',
    q: (params.get('q') ?? '').trim(),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/**
 * The query string for the page's URL and the API. Asking for missing returns also asks for drafts: a return saved but
 * not submitted is still missing to the board.
 */
export function toTrackerQuery(filters: TrackerFilters, { forApi = false } = {}): string {
  const params = new URLSearchParams();
  for (const status of filters.status) {
    params.append('status', status);
    if (forApi && status === 'not_started' && !filters.status.includes('draft')) params.append('status', 'draft');
  }
  if (filters.priority) params.set('priority', filters.priority);
  if (filters.body) params.set('body', filters.body);
  if (filters.mine) params.set('owner', 'me');
  if (filters.q) params.set('q', filters.q);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params.toString();
}

/** How many returns are missing, submitted, sent back and accepted; drafts count as missing. */
export function trackerCounts(counts: Record<ReturnStatus, number>): Record<(typeof TRACKER_STATUSES)[number], number> {
  return {
    not_started: (counts.not_started ?? 0) + (counts.draft ?? 0),
    submitted: counts.submitted ?? 0,
    sent_back: counts.sent_back ?? 0,
    accepted: counts.accepted ?? 0,
  };
}

/** "12 of 40 submitted": submitted counts every return the owner has handed in (awaiting the board, or accepted). */
export function returnsProgress(counts: Record<ReturnStatus, number>, total: number): string {
  if (total === 0) return 'No returns yet';
  const handedIn = (counts.submitted ?? 0) + (counts.accepted ?? 0);
  return `${handedIn} of ${total} submitted`;
}
