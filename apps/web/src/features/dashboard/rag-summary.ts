import { RAG_LABELS, type PriorityRagCounts, type Rag, type RagCounts } from '@steerline/contracts';

/** The order of the stacks and of the table's columns: the ratings that need attention first. */
export const RAG_ORDER: readonly Rag[] = ['red', 'amber', 'green', 'blue', 'grey'];

/** Bar colours for the chart, each shown beside its word in the legend (GOV.UK Frontend's palette). */
export const RAG_COLOURS: Record<Rag, string> = {
  red: '#ca3535',
  amber: '#f47738',
  green: '#0f7a52',
  blue: '#1d70b8',
  grey: '#b1b4b6',
};

export const priorityLabel = (row: PriorityRagCounts) => `Priority ${row.priority.number}`;

/** The counts of every priority added up. */
export function totals(rows: readonly PriorityRagCounts[]): RagCounts {
  const sum = (key: keyof RagCounts) => rows.reduce((total, row) => total + row[key], 0);
  return { red: sum('red'), amber: sum('amber'), green: sum('green'), blue: sum('blue'), grey: sum('grey'), total: sum('total') };
}

/** What the chart shows, in words, for its `aria-label`: "Priority 1: 2 Red, 1 Green. Priority 2: no actions." */
export function chartSummary(rows: readonly PriorityRagCounts[]): string {
  const priorities = rows.map((row) => {
    const parts = RAG_ORDER.filter((rag) => row[rag] > 0).map((rag) => `${row[rag]} ${RAG_LABELS[rag]}`);
    return `${priorityLabel(row)}: ${parts.length > 0 ? parts.join(', ') : 'no actions'}.`;
  });
  return ['Stacked bar chart of the RAG ratings of actions by priority.', ...priorities, 'The table below gives the same figures.'].join(' ');
}
