import { ESCALATION_URGENCIES, type EscalationUrgency } from '@steerline/contracts';

/** The board queue's filters, as kept in the page's URL (?urgency=urgent&priority=3&body=<id>, each repeatable). */
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

export const hasQueueFilters = (filters: QueueFilters) => filters.urgency.length + filters.priority.length + filters.body.length > 0;
