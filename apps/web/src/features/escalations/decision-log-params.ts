import { DECISION_OUTCOMES, type DecisionOutcome } from '@steerline/contracts';

/** The decision log's filters, as kept in the page's URL (?outcome=agreed&priority=3&body=<id>&from=…&to=…). */
export interface DecisionLogFilterValues {
  outcome: DecisionOutcome[];
  priority: string[];
  body: string[];
  from: string;
  to: string;
}

const isOutcome = (value: string): value is DecisionOutcome => (DECISION_OUTCOMES as readonly string[]).includes(value);

const values = (params: URLSearchParams, name: string) =>
  [...new Set(params.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean))];

/** Reads the filters from the URL, dropping outcomes it does not know. */
export function parseDecisionLogFilters(params: URLSearchParams): DecisionLogFilterValues {
  const outcomes = values(params, 'outcome').filter(isOutcome);
  return {
    outcome: DECISION_OUTCOMES.filter((outcome) => outcomes.includes(outcome)),
    priority: values(params, 'priority'),
    body: values(params, 'body'),
    from: (params.get('from') ?? '').trim(),
    to: (params.get('to') ?? '').trim(),
  };
}

/** The query string for the page's URL, the API and the CSV download (same names). Empty when nothing is filtered. */
export function toDecisionLogQuery(filters: DecisionLogFilterValues): string {
  const params = new URLSearchParams();
  for (const outcome of filters.outcome) params.append('outcome', outcome);
  for (const priority of filters.priority) params.append('priority', priority);
  for (const body of filters.body) params.append('body', body);
  if (filters.from.trim()) params.set('from', filters.from.trim());
  if (filters.to.trim()) params.set('to', filters.to.trim());
  return params.toString();
}

export const hasDecisionLogFilters = (filters: DecisionLogFilterValues) => toDecisionLogQuery(filters) !== '';
