import { ESCALATION_URGENCIES, type Escalation, type EscalationUrgency, type Page } from '@steerline/contracts';

/** The board queue's filters, as kept in the page's URL (?urgency=urgent&priority=3&body=<id>, each repeatable, and ?page=2). */
export interface QueueFilters {
  urgency: EscalationUrgency[];
  priority: string[];
  body: string[];
}

const isUrgency = (value: string): value is EscalationUrgency => (ESCALATION_URGENCIES as readonly string[]).includes(value);

const values = (params: URLSearchParams, name: string) =>
  [...new Set(params.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean))];

/** Reads the filters from the URL, dropping urgencies it does not know. */
export function parseQueueFilters(params: URLSearchParams): QueueFilters {
  return {
    urgency: ESCALATION_URGENCIES.filter((urgency) => values(params, 'urgency').filter(isUrgency).includes(urgency)),
    priority: values(params, 'priority'),
    body: values(params, 'body'),
  };
}

/** The query string for both the page's URL and the API (they use the same names). Empty when nothing is filtered. */
export function toQueueQuery(filters: QueueFilters): string {
  const params = new URLSearchParams();
  for (const urgency of filters.urgency) params.append('urgency', urgency);
  for (const priority of filters.priority) params.append('priority', priority);
  for (const body of filters.body) params.append('body', body);
  return params.toString();
}

const MAX_PAGE = 1_000_000;

/** The page the URL asks for: 1 unless it names a whole number from 1 (the API's own limit caps it). */
export function parseQueuePage(params: URLSearchParams): number {
  const value = params.get('page')?.trim() ?? '';
  return /^[1-9][0-9]{0,6}$/.test(value) ? Math.min(Number(value), MAX_PAGE) : 1;
}

/** The query string of one page of the filtered queue; page 1 is left out, so the first page's address is the filters' own. */
export function toQueuePageQuery(filters: QueueFilters, page: number): string {
  const query = toQueueQuery(filters);
  if (page <= 1) return query;
  return query ? `${query}&page=${page}` : `page=${page}`;
}

export const hasQueueFilters = (filters: QueueFilters) => filters.urgency.length + filters.priority.length + filters.body.length > 0;

/** "Showing 26 to 50 of 150 escalations"; "1 escalation" when it fits on one page. */
export function queueCountText({ items, total, page, pageSize }: Page<Escalation>): string {
  const noun = total === 1 ? 'escalation' : 'escalations';
  if (items.length === 0 || total <= pageSize) return `${total} ${noun}`;
  const first = (page - 1) * pageSize + 1;
  return `Showing ${first} to ${first + items.length - 1} of ${total} ${noun}`;
}
