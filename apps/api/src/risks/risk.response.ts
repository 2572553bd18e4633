import type { RiskDetail, RiskSummary } from '@steerline/contracts';
import type { Actor } from '../common/auth/actor.js';
import type { RiskDetailRow, RiskSummaryRow } from './risk.queries.js';
import { riskAbilities } from './risks.policy.js';

export const toRiskSummary = (row: RiskSummaryRow): RiskSummary => ({
  id: row.id,
  reference: row.reference,
  title: row.title,
  owner: { id: row.owner_id, name: row.owner_name },
  likelihood: row.likelihood,
  impact: row.impact,
  score: row.score,
  targetScore: row.target_score,
  status: row.status,
  reviewDate: row.review_date,
  reviewOverdue: row.review_overdue,
  version: row.version,
});

/** The risk as this actor sees it: with what they may do to it. */
export const toRiskDetail = (row: RiskDetailRow, actor: Actor): RiskDetail => ({
  ...toRiskSummary(row),
  cause: row.cause,
  effect: row.effect,
  actions: row.actions,
  priorities: row.priorities,
  mitigations: row.mitigations,
  history: row.history.map((entry) => ({ ...entry, reviewedAt: new Date(entry.reviewedAt).toISOString() })),
  escalations: row.escalations.map((entry) => ({ ...entry, raisedAt: new Date(entry.raisedAt).toISOString() })),
  can: riskAbilities(actor, { ownerId: row.owner_id, status: row.status, linkedActions: row.actions.length }),
});

/** The fields an audit row records for a risk. */
export const auditedRisk = (risk: RiskDetail) => ({
  title: risk.title,
  cause: risk.cause,
  effect: risk.effect,
  ownerId: risk.owner.id,
  likelihood: risk.likelihood,
  impact: risk.impact,
  score: risk.score,
  targetScore: risk.targetScore,
  reviewDate: risk.reviewDate,
  status: risk.status,
  actionIds: risk.actions.map((action) => action.id),
  priorityIds: risk.priorities.map((priority) => priority.id),
});
