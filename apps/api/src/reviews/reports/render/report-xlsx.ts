import {
  ATTACHMENT_PARENT_LABELS,
  ACTION_STATUSES, ACTION_STATUS_LABELS, MOVEMENTS, MOVEMENT_LABELS, RAGS, RAG_LABELS, RETURN_STATUS_LABELS, type CorporatePlanReport,
  type ReportAction,
} from '@steerline/contracts';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { DRAFT_NOTICE, amendmentsText, reportTitle } from './report-tables.js';

type Cell = string | number | Date | null;

const toDate = (iso: string | null) => {
  if (!iso) return null;
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
};

const priorityOf = (report: CorporatePlanReport, action: ReportAction) => {
  const summary = report.summary.find((row) => row.priority?.number === action.priorityNumber);
  return summary?.priority ? `${summary.priority.number}. ${summary.priority.title}` : String(action.priorityNumber);
};

/** Excel's header and footer language: `&C` opens the centre section, `&&` is an ampersand, and the whole fits 255 characters. */
const PRINTED_FOOTER = '&LSteerline&RPage &P of &N';
function printedHeader(heading: string): string {
  let header = '&C';
  for (const character of heading) {
    const coded = character === '&' ? '&&' : character;
    if (header.length + coded.length > 255) break;
    header += coded;
  }
  return header;
}

/** One sheet per section. Row 1 names the report (and says DRAFT), row 2 holds the column headers, data from row 3. */
function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, heading: string, headers: string[], rows: Cell[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }], headerFooter: { oddHeader: printedHeader(heading), oddFooter: PRINTED_FOOTER } });
  sheet.columns = headers.map((text, index) => ({
    width: Math.min(60, Math.max(12, text.length + 2)),
    style: rows.some((row) => row[index] instanceof Date) ? { numFmt: 'd mmm yyyy' } : {},
  }));
  const title = sheet.addRow([heading]);
  title.font = { bold: true };
  title.commit();
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  header.commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
}

/** An Excel workbook, numbers as numbers and dates as dates, dated by the sign-off. */
export async function reportToXlsx(report: CorporatePlanReport, generatedAt: Date): Promise<Buffer> {
  const date = report.cycle.signedOffAt ? new Date(report.cycle.signedOffAt) : generatedAt;
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  // The streaming writer commits each row as it goes: a cycle of thousands of actions stays quick and small in memory.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Steerline';
  workbook.lastModifiedBy = 'Steerline';
  workbook.created = date;
  workbook.modified = date;
  const heading = report.draft ? `${reportTitle(report)}. ${DRAFT_NOTICE}` : `${reportTitle(report)}. Signed off.`;
  const summaries = [...report.summary, report.total];
  addSheet(
    workbook,
    'Summary',
    heading,
    [
      'Priority number', 'Priority', 'Actions',
      ...ACTION_STATUSES.flatMap((status) => [ACTION_STATUS_LABELS[status], `${ACTION_STATUS_LABELS[status]} %`]),
      ...RAGS.flatMap((rag) => [RAG_LABELS[rag], `${RAG_LABELS[rag]} %`]),
      ...MOVEMENTS.map((movement) => MOVEMENT_LABELS[movement]),
    ],
    summaries.map((summary) => [
      summary.priority?.number ?? null, summary.priority?.title ?? 'All priorities', summary.actions,
      ...ACTION_STATUSES.flatMap((status) => [summary.status[status].count, summary.status[status].percent]),
      ...RAGS.flatMap((rag) => [summary.rag[rag].count, summary.rag[rag].percent]),
      ...MOVEMENTS.map((movement) => summary.movement[movement]),
    ]),
  );
  addSheet(workbook, 'Movement', heading, ['Action', 'Title', 'Priority', 'Previous RAG', 'RAG', 'Movement'], report.actions.map((action) => [
    action.reference, action.title, priorityOf(report, action), action.previousRag ? RAG_LABELS[action.previousRag] : null, RAG_LABELS[action.rag],
    MOVEMENT_LABELS[action.movement],
  ]));
  addSheet(workbook, 'Exceptions', heading, ['Action', 'Title', 'Priority', 'RAG', 'Reason', 'Corrective action', 'Revised date'], report.exceptions.map((action) => [
    action.reference, action.title, priorityOf(report, action), RAG_LABELS[action.rag], action.ragReason, action.correctiveAction, toDate(action.revisedDate),
  ]));
  addSheet(workbook, 'Escalations', heading, ['Action', 'Raised', 'Problem', 'Decision sought', 'Status', 'Decision', 'Decision text', 'Decided'], report.escalations.map((escalation) => [
    escalation.actionReference, toDate(escalation.raisedAt), escalation.problem, escalation.decisionSought, escalation.status, escalation.decision,
    escalation.decisionText, toDate(escalation.decidedAt),
  ]));
  addSheet(
    workbook,
    'Returns',
    heading,
    ['Action', 'Title', 'Priority', 'Owner', 'Owning body', 'Status', 'RAG', 'Return', '% complete', 'Due date', 'Progress', 'Next steps', 'Amendments'],
    report.actions.map((action) => [
      action.reference, action.title, priorityOf(report, action), action.owner, action.owningBody, ACTION_STATUS_LABELS[action.status], RAG_LABELS[action.rag],
      action.returnStatus ? RETURN_STATUS_LABELS[action.returnStatus] : 'No return', action.percentComplete, toDate(action.dueDate), action.narrative,
      action.nextSteps, amendmentsText(action),
    ]),
  );
  addSheet(workbook, 'Measures', heading, ['Action', 'Measure', 'Unit', 'Target', 'Actual'], report.actions.flatMap((action) =>
    action.measures.map((measure) => [action.reference, measure.name, measure.unit, measure.target, measure.actual]),
  ));
  addSheet(workbook, 'Coverage', heading, ['Segment', 'Share of households %', 'Actions', 'Red or amber'], report.coverage.map((row) => [
    row.segment, row.householdShare, row.actions, row.redOrAmber,
  ]));
  addSheet(workbook, 'Evidence', heading, ['Action', 'File', 'Attached to', 'Added'], (report.evidence ?? []).map((file) => [
    file.actionReference, file.fileName, ATTACHMENT_PARENT_LABELS[file.attachedTo], toDate(file.uploadedAt.slice(0, 10)),
  ]));
  await workbook.commit();
  return Buffer.concat(chunks);
}
