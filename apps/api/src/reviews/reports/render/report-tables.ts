import {
  ATTACHMENT_PARENT_LABELS, ACTION_STATUSES, ACTION_STATUS_LABELS, MOVEMENTS, MOVEMENT_LABELS, RAGS, RAG_LABELS, RETURN_STATUS_LABELS, type CorporatePlanReport,
  type PrioritySummary, type ReportAction, type ReportCount,
} from '@steerline/contracts';

/**
 * What every document format shows, worked out once so that HTML, PDF and Word print the same words and numbers.
 * The first cell of each row is the row's header.
 */
export interface TableModel {
  caption: string;
  headers: string[];
  rows: string[][];
  /** Long per-action rows: a paged document may print each row as a record (heading, then "header: value" lines). */
  asRecords?: boolean;
  /** Where each row's first cell links to, in formats that link (HTML). */
  rowLinks?: string[];
}

export interface ReportSection {
  heading: string;
  intro: string | null;
  tables: TableModel[];
  /** Said instead of the tables when there is nothing to list. */
  empty: string | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-09-30" (or a full ISO timestamp) as "30 September 2026". */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export const formatCount = ({ count, percent }: ReportCount) => `${count} (${percent.toFixed(1)}%)`;
export const priorityLabel = (summary: PrioritySummary) => (summary.priority ? `${summary.priority.number}. ${summary.priority.title}` : 'All priorities');
const returnLabel = (action: ReportAction) => (action.returnStatus ? RETURN_STATUS_LABELS[action.returnStatus] : 'No return');
const numberText = (value: number | null) => (value === null ? '' : String(value));

export const reportTitle = (report: CorporatePlanReport) => `Corporate Plan report: ${report.cycle.name}`;

export const DRAFT_NOTICE = 'DRAFT: this review cycle is not signed off, so the report may still change.';

/** The lines under the title: strategy, period, sign-off and the cycle compared with. */
export function reportIntro(report: CorporatePlanReport): string[] {
  const { cycle } = report;
  return [
    `Strategy: ${report.strategyTitle}`,
    `Review period: ${formatDate(cycle.periodStart)} to ${formatDate(cycle.periodEnd)}`,
    report.draft ? 'Status: Draft (not signed off)' : `Status: Signed off on ${formatDate(cycle.signedOffAt)} by ${cycle.signedOffBy ?? 'unknown'}`,
    report.previousCycle ? `Compared with the previous review: ${report.previousCycle.name}` : 'There is no previous review: every action is new.',
  ];
}

const allSummaries = (report: CorporatePlanReport) => [...report.summary, report.total];

export function reportSections(report: CorporatePlanReport): ReportSection[] {
  const summaries = allSummaries(report);
  return [
    {
      heading: 'Summary by priority',
      intro: 'Counts of actions by status and by RAG rating, with each count as a share of the priority\'s actions.',
      empty: null,
      tables: [
        {
          caption: 'Status by priority',
          headers: ['Priority', 'Actions', ...ACTION_STATUSES.map((status) => ACTION_STATUS_LABELS[status])],
          rows: summaries.map((summary) => [priorityLabel(summary), String(summary.actions), ...ACTION_STATUSES.map((status) => formatCount(summary.status[status]))]),
        },
        {
          caption: 'RAG rating by priority',
          headers: ['Priority', 'Actions', ...RAGS.map((rag) => RAG_LABELS[rag])],
          rows: summaries.map((summary) => [priorityLabel(summary), String(summary.actions), ...RAGS.map((rag) => formatCount(summary.rag[rag]))]),
        },
      ],
    },
    {
      heading: 'Movement since the previous review',
      intro: report.previousCycle
        ? `RAG ratings compared with ${report.previousCycle.name}, worst to best: Red, Amber, Grey (not started), Green, Blue (complete). Each action's movement is in the Returns table.`
        : 'There is no previous review, so every action is new.',
      empty: null,
      tables: [
        {
          caption: 'Movement by priority',
          headers: ['Priority', ...MOVEMENTS.map((movement) => MOVEMENT_LABELS[movement])],
          rows: summaries.map((summary) => [priorityLabel(summary), ...MOVEMENTS.map((movement) => String(summary.movement[movement]))]),
        },
      ],
    },
    {
      heading: 'Red and amber actions',
      intro: null,
      empty: report.exceptions.length === 0 ? 'No action is rated red or amber.' : null,
      tables: report.exceptions.length === 0 ? [] : [exceptionsTable(report.exceptions)],
    },
    {
      heading: 'Escalations and decisions',
      intro: 'Escalations raised during the review period, and the decisions taken on them.',
      empty: report.escalations.length === 0 ? 'No escalation was raised in the review period.' : null,
      tables:
        report.escalations.length === 0
          ? []
          : [
              {
                caption: 'Escalations raised in the period',
                headers: ['Action', 'Raised', 'Problem', 'Decision sought', 'Status', 'Decision', 'Decided'],
                rows: report.escalations.map((escalation) => [
                  escalation.actionReference, formatDate(escalation.raisedAt), escalation.problem, escalation.decisionSought, escalation.status,
                  escalation.decisionText ? `${escalation.decision}: ${escalation.decisionText}` : 'Not decided yet', formatDate(escalation.decidedAt),
                ]),
              },
            ],
    },
    {
      heading: 'Coverage of very-low-propensity segments',
      intro: 'Population segments with a very low propensity to self-serve, and the live actions in this review that target them.',
      empty: report.coverage.length === 0 ? 'No population segment is marked as very low propensity.' : null,
      tables:
        report.coverage.length === 0
          ? []
          : [
              {
                caption: 'Actions targeting each very-low-propensity segment',
                headers: ['Segment', 'Share of households', 'Actions', 'Red or amber'],
                rows: report.coverage.map((row) => [row.segment, `${row.householdShare}%`, String(row.actions), String(row.redOrAmber)]),
              },
            ],
    },
    evidenceSection(report),
    {
      heading: 'Returns',
      intro:
        'Each action\'s return: status and RAG as returned (the action\'s own while no return is submitted), movement since the previous review, and each measure\'s actual against its target at the end of the period.',
      empty: report.actions.length === 0 ? 'There are no actions in this review.' : null,
      tables: report.actions.length === 0 ? [] : [returnsTable(report.actions)],
    },
  ];
}

/** Files on the cycle's returns, and files added to its actions during the period: names and dates, linked in HTML. */
function evidenceSection(report: CorporatePlanReport): ReportSection {
  const evidence = report.evidence ?? [];
  return {
    heading: 'Evidence',
    intro: "Files of evidence on each action's return in this review, and files added to the actions, their progress updates and escalations during the period.",
    empty: evidence.length === 0 ? 'No evidence was added.' : null,
    tables:
      evidence.length === 0
        ? []
        : [
            {
              caption: 'Files of evidence by action',
              headers: ['File', 'Action', 'Attached to', 'Added'],
              rows: evidence.map((file) => [file.fileName, file.actionReference, ATTACHMENT_PARENT_LABELS[file.attachedTo], formatDate(file.uploadedAt)]),
              rowLinks: evidence.map((file) => `/api/attachments/${file.id}`),
            },
          ],
  };
}

/** One action's files as text, for formats with one row per action: "Sheet.pdf (3 November 2026); Photo.png (...)". */
export const evidenceText = (report: CorporatePlanReport, reference: string) =>
  (report.evidence ?? []).filter((file) => file.actionReference === reference).map((file) => `${file.fileName} (${formatDate(file.uploadedAt)})`).join('; ');

function exceptionsTable(actions: ReportAction[]): TableModel {
  return {
    caption: 'Actions rated red or amber',
    asRecords: true,
    headers: ['Action', 'Title', 'RAG', 'Reason', 'Corrective action', 'Revised date'],
    rows: actions.map((action) => [
      action.reference, action.title, RAG_LABELS[action.rag], action.ragReason ?? '', action.correctiveAction ?? '', formatDate(action.revisedDate),
    ]),
  };
}

const movementText = (action: ReportAction) =>
  action.previousRag ? `${MOVEMENT_LABELS[action.movement]} (was ${RAG_LABELS[action.previousRag]})` : MOVEMENT_LABELS[action.movement];

export const amendmentsText = (action: ReportAction) =>
  action.amendments.map((amendment) => `${amendment.change} (${amendment.reason})${amendment.applied ? ', applied' : ''}`).join('; ');

export const measuresText = (action: ReportAction) =>
  action.measures.map((measure) => `${measure.name}: ${numberText(measure.actual) || 'none'} of ${numberText(measure.target) || 'no target'} ${measure.unit}`.trim()).join('; ');

function returnsTable(actions: ReportAction[]): TableModel {
  return {
    caption: 'Returns by action',
    asRecords: true,
    headers: ['Action', 'Title', 'Status', 'RAG', 'Movement', 'Return', 'Progress and next steps', 'Measures (actual of target)', 'Amendments'],
    rows: actions.map((action) => [
      action.reference, action.title, ACTION_STATUS_LABELS[action.status], RAG_LABELS[action.rag], movementText(action), returnLabel(action),
      [action.narrative, action.nextSteps && `Next: ${action.nextSteps}`].filter(Boolean).join('\n'), measuresText(action), amendmentsText(action),
    ]),
  };
}

/** A file name for the download, e.g. "corporate-plan-april-to-september-2026-draft.pdf". */
export function reportFilename(report: CorporatePlanReport, extension: string): string {
  const slug = report.cycle.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'cycle';
  return `corporate-plan-${slug}${report.draft ? '-draft' : ''}.${extension}`;
}
