import { ACTION_STATUS_LABELS, MOVEMENT_LABELS, RAG_LABELS, RETURN_STATUS_LABELS, type CorporatePlanReport } from '@steerline/contracts';
import { stringify } from 'csv-stringify/sync';
import { amendmentsText, evidenceText, measuresText } from './report-tables.js';

/** A spreadsheet opening the CSV must not run a cell as a formula: a leading apostrophe keeps it text. */
const neutraliseFormula = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export const REPORT_CSV_HEADERS = [
  'Report', 'Cycle', 'Priority number', 'Priority', 'Action', 'Title', 'Owner', 'Owning body', 'Status', 'RAG', 'Previous RAG', 'Movement',
  'Return', '% complete', 'Due date', 'Reason', 'Corrective action', 'Revised date', 'Progress', 'Next steps', 'Measures', 'Amendments', 'Evidence',
] as const;

/**
 * One row per action: every count in the report (status, RAG and movement per priority) is a count of these rows.
 * The first column says "Draft" until the cycle is signed off. RFC 4180 with a byte order mark for spreadsheets.
 */
export function reportToCsv(report: CorporatePlanReport): string {
  const titles = new Map(report.summary.map((summary) => [summary.priority?.number, summary.priority?.title ?? '']));
  const rows = report.actions.map((action) => {
    const text = [
      report.draft ? 'Draft' : 'Signed off', report.cycle.name, String(action.priorityNumber), titles.get(action.priorityNumber) ?? '', action.reference,
      action.title, action.owner, action.owningBody, ACTION_STATUS_LABELS[action.status], RAG_LABELS[action.rag],
      action.previousRag ? RAG_LABELS[action.previousRag] : '', MOVEMENT_LABELS[action.movement],
      action.returnStatus ? RETURN_STATUS_LABELS[action.returnStatus] : 'No return', String(action.percentComplete), action.dueDate ?? '',
      action.ragReason ?? '', action.correctiveAction ?? '', action.revisedDate ?? '', action.narrative, action.nextSteps,
      measuresText(action),
      amendmentsText(action),
      evidenceText(report, action.reference),
    ];
    return text.map(neutraliseFormula);
  });
  return stringify(rows, { header: true, columns: [...REPORT_CSV_HEADERS], bom: true, record_delimiter: 'windows' });
}
