import { RAGS, type CorporatePlanReport, type CycleComparison, type CycleComparisonRow, type PrioritySummary, type Rag, type ReportAction } from '@steerline/contracts';
import { movementBetween } from './rag-movement.js';

const ragCounts = (summary: PrioritySummary | undefined) =>
  Object.fromEntries(RAGS.map((rag) => [rag, summary?.rag[rag].count ?? 0])) as Record<Rag, number>;

const side = (action: ReportAction | undefined) =>
  action ? { status: action.status, rag: action.rag, percentComplete: action.percentComplete, dueDate: action.dueDate } : null;

/** What changed from one cycle's report to another's: RAG counts per priority side by side, and every action's move. */
export function compareReports(from: CorporatePlanReport, to: CorporatePlanReport): CycleComparison {
  const priorities = new Map<number, { number: number; title: string }>();
  for (const summary of [...from.summary, ...to.summary]) if (summary.priority) priorities.set(summary.priority.number, summary.priority);
  const summaryFor = (report: CorporatePlanReport, number: number) => report.summary.find((summary) => summary.priority?.number === number);
  const summary: CycleComparison['summary'] = [...priorities.values()]
    .sort((a, b) => a.number - b.number)
    .map((priority) => ({ priority, from: ragCounts(summaryFor(from, priority.number)), to: ragCounts(summaryFor(to, priority.number)) }));
  summary.push({ priority: null, from: ragCounts(from.total), to: ragCounts(to.total) });

  const before = new Map(from.actions.map((action) => [action.id, action]));
  const after = new Map(to.actions.map((action) => [action.id, action]));
  const rows: CycleComparisonRow[] = [...to.actions, ...from.actions.filter((action) => !after.has(action.id))]
    .sort((a, b) => a.priorityNumber - b.priorityNumber || a.reference.length - b.reference.length || a.reference.localeCompare(b.reference))
    .map((action) => {
      const old = before.get(action.id);
      const now = after.get(action.id);
      return {
        actionId: action.id,
        reference: action.reference,
        title: action.title,
        from: side(old),
        to: side(now),
        movement: now ? movementBetween(old?.rag ?? null, now.rag) : 'removed',
      };
    });
  return { from: { id: from.cycle.id, name: from.cycle.name }, to: { id: to.cycle.id, name: to.cycle.name }, summary, rows };
}
