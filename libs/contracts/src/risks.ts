import type { PriorityRef } from './actions.js';
import type { EscalationUrgency } from './escalations.js';
import type { PersonRef } from './people.js';

export const RISK_STATUSES = ['open', 'mitigated', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
export const RISK_STATUS_LABELS: Record<RiskStatus, string> = { open: 'Open', mitigated: 'Mitigated', closed: 'Closed' };

/** Likelihood and impact are each rated 1 to 5; the score is their product (1 to 25). */
export const RISK_RATINGS = [1, 2, 3, 4, 5] as const;
export type RiskRating = (typeof RISK_RATINGS)[number];
export const LIKELIHOOD_LABELS: Record<RiskRating, string> = { 1: 'Rare', 2: 'Unlikely', 3: 'Possible', 4: 'Likely', 5: 'Almost certain' };
export const IMPACT_LABELS: Record<RiskRating, string> = { 1: 'Negligible', 2: 'Minor', 3: 'Moderate', 4: 'Major', 5: 'Severe' };

/** Every score a likelihood and an impact of 1 to 5 can make: a target score must be one of them. */
export const RISK_SCORES: readonly number[] = [...new Set(RISK_RATINGS.flatMap((l) => RISK_RATINGS.map((i) => l * i)))].sort((a, b) => a - b);

export type RiskLevel = 'low' | 'medium' | 'high' | 'very_high';
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High', very_high: 'Very high' };

/** The council's usual bands of a 5 x 5 score: 1-4 low, 5-9 medium, 10-16 high, 20-25 very high. */
export function riskLevel(score: number): RiskLevel {
  if (score >= 20) return 'very_high';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

export interface RiskActionRef {
  id: string;
  reference: string;
  title: string;
}

export interface RiskSummary {
  id: string;
  /** `R-001`: a readable reference, numbered in order of creation. */
  reference: string;
  title: string;
  owner: PersonRef;
  likelihood: number;
  impact: number;
  score: number;
  targetScore: number;
  status: RiskStatus;
  /** ISO `YYYY-MM-DD`. */
  reviewDate: string;
  /** The review date has passed and the risk is not closed. */
  reviewOverdue: boolean;
  version: number;
}

export interface RiskMitigation {
  id: string;
  description: string;
  owner: PersonRef;
  /** ISO `YYYY-MM-DD`. */
  dueDate: string;
  done: boolean;
  version: number;
}

/** One entry of a risk's history: appended by each review (and the first assessment), never edited. */
export interface RiskReview {
  id: string;
  reviewedBy: PersonRef;
  reviewedAt: string;
  likelihood: number;
  impact: number;
  score: number;
  status: RiskStatus;
  note: string;
  nextReviewDate: string;
  /** The review cycle the review was made in, if it was made in one. */
  reviewCycle: { id: string; name: string } | null;
}

export interface RiskAbilities {
  edit: boolean;
  review: boolean;
  manageMitigations: boolean;
  raiseEscalation: boolean;
}

export interface RiskDetail extends RiskSummary {
  cause: string;
  effect: string;
  actions: RiskActionRef[];
  priorities: PriorityRef[];
  mitigations: RiskMitigation[];
  /** Newest first. */
  history: RiskReview[];
  /** Escalations raised from this risk, newest first. */
  escalations: { id: string; status: string; problem: string; raisedAt: string }[];
  can: RiskAbilities;
}

export interface MitigationInput {
  description: string;
  ownerId: string;
  dueDate: string;
}

export interface CreateRiskRequest {
  title: string;
  cause: string;
  effect: string;
  ownerId: string;
  likelihood: number;
  impact: number;
  targetScore: number;
  reviewDate: string;
  actionIds?: string[];
  priorityIds?: string[];
  mitigations?: MitigationInput[];
}

/** Likelihood, impact and status change only by a review, so that each change is in the history. */
export interface UpdateRiskRequest {
  version: number;
  title?: string;
  cause?: string;
  effect?: string;
  ownerId?: string;
  targetScore?: number;
  reviewDate?: string;
  actionIds?: string[];
  priorityIds?: string[];
}

export interface CreateRiskReviewRequest {
  version: number;
  likelihood: number;
  impact: number;
  status: RiskStatus;
  note: string;
  nextReviewDate: string;
  /** The review cycle this review is made in (the owner's return for the cycle). */
  reviewCycleId?: string;
}

/** Adding a mitigation changes the risk: `version` is the risk's. */
export interface CreateMitigationRequest extends MitigationInput {
  version: number;
}

export interface UpdateMitigationRequest extends Partial<MitigationInput> {
  version: number;
  done?: boolean;
}

export interface RiskListFilters {
  status?: RiskStatus[];
  ownerId?: string;
}

export interface RaiseRiskEscalationRequest {
  /** The linked action the escalation is about. */
  actionId: string;
  problem: string;
  impact: string;
  decisionSought: string;
  urgency: EscalationUrgency;
  neededBy: string;
}

/** The 5 x 5 grid: cells[likelihood - 1][impact - 1] is the number of risks rated so. */
export function heatMapCounts(risks: readonly { likelihood: number; impact: number }[]): number[][] {
  const cells = RISK_RATINGS.map(() => RISK_RATINGS.map(() => 0));
  for (const risk of risks) cells[risk.likelihood - 1][risk.impact - 1] += 1;
  return cells;
}
