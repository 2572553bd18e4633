/** The Corporate Plan report of a review cycle, and the comparison of two cycles. */
import type { ActionStatus, Rag } from './actions.js';
import type { AttachmentParentKind } from './attachments.js';
import type { AmendmentKind, ReturnStatus, ReviewCycleStatus } from './reviews.js';

export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const MOVEMENTS = ['improved', 'worse', 'same', 'new'] as const;
export type Movement = (typeof MOVEMENTS)[number];
export const MOVEMENT_LABELS: Record<Movement, string> = { improved: 'Improved', worse: 'Worse', same: 'Same', new: 'New' };

export interface ReportCount {
  count: number;
  /** Share of the priority's actions, 0-100, rounded to one decimal place. */
  percent: number;
}

export interface PrioritySummary {
  /** Null for the all-priorities total row. */
  priority: { number: number; title: string } | null;
  actions: number;
  status: Record<ActionStatus, ReportCount>;
  rag: Record<Rag, ReportCount>;
  movement: Record<Movement, number>;
}

export interface ReportMeasure {
  name: string;
  unit: string;
  target: number | null;
  actual: number | null;
}

export interface ReportAmendment {
  kind: AmendmentKind;
  /** What would change, in words: "Due date 2027-03-31", "Target 500 people". */
  change: string;
  reason: string;
  applied: boolean;
}

export interface ReportAction {
  id: string;
  reference: string;
  title: string;
  priorityNumber: number;
  owner: string;
  owningBody: string;
  status: ActionStatus;
  rag: Rag;
  previousRag: Rag | null;
  movement: Movement;
  percentComplete: number;
  dueDate: string | null;
  returnStatus: ReturnStatus | null;
  narrative: string;
  nextSteps: string;
  ragReason: string | null;
  correctiveAction: string | null;
  revisedDate: string | null;
  measures: ReportMeasure[];
  amendments: ReportAmendment[];
}

export interface ReportEscalation {
  actionReference: string;
  raisedAt: string;
  problem: string;
  decisionSought: string;
  status: string;
  decision: string | null;
  decisionText: string | null;
  decidedAt: string | null;
}

/** A file of evidence in the report: on the action's return in this cycle, or added to the action during the period. */
export interface ReportEvidence {
  id: string;
  actionReference: string;
  fileName: string;
  attachedTo: AttachmentParentKind;
  uploadedAt: string;
}

export interface ReportSegmentCoverage {
  segment: string;
  householdShare: number;
  /** Live (not cancelled) actions that target the segment. */
  actions: number;
  redOrAmber: number;
}

export interface CorporatePlanReport {
  strategyTitle: string;
  cycle: {
    id: string;
    name: string;
    periodStart: string;
    periodEnd: string;
    status: ReviewCycleStatus;
    signedOffAt: string | null;
    signedOffBy: string | null;
  };
  /** True until the cycle is signed off: every format carries a "Draft" watermark. */
  draft: boolean;
  previousCycle: { id: string; name: string } | null;
  /** One row per priority, then the total. */
  summary: PrioritySummary[];
  total: PrioritySummary;
  actions: ReportAction[];
  /** The red and amber actions, with reason, corrective action and revised date. */
  exceptions: ReportAction[];
  escalations: ReportEscalation[];
  /** Coverage of the very-low-propensity population segments. */
  coverage: ReportSegmentCoverage[];
  /** Files of evidence, by action; absent from reports frozen before evidence existed. */
  evidence?: ReportEvidence[];
}

export interface CycleComparisonRow {
  actionId: string;
  reference: string;
  title: string;
  from: { status: ActionStatus; rag: Rag; percentComplete: number; dueDate: string | null } | null;
  to: { status: ActionStatus; rag: Rag; percentComplete: number; dueDate: string | null } | null;
  movement: Movement | 'removed';
}

export interface CycleComparison {
  from: { id: string; name: string };
  to: { id: string; name: string };
  /** RAG counts side by side, per priority and in total. */
  summary: { priority: { number: number; title: string } | null; from: Record<Rag, number>; to: Record<Rag, number> }[];
  rows: CycleComparisonRow[];
}
