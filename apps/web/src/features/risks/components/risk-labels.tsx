import { IMPACT_LABELS, LIKELIHOOD_LABELS, RISK_LEVEL_LABELS, RISK_STATUS_LABELS, riskLevel, type RiskRating, type RiskStatus } from '@steerline/contracts';

const STATUS_TAGS: Record<RiskStatus, string> = { open: 'govuk-tag govuk-tag--red', mitigated: 'govuk-tag govuk-tag--yellow', closed: 'govuk-tag govuk-tag--grey' };

/** A risk's status as a GOV.UK tag: always the word, never the colour alone. */
export function RiskStatusTag({ status }: { status: RiskStatus }) {
  return <strong className={STATUS_TAGS[status]}>{RISK_STATUS_LABELS[status]}</strong>;
}

/** "12 (high)": the score with its band in words. */
export const scoreText = (score: number) => `${score} (${RISK_LEVEL_LABELS[riskLevel(score)].toLowerCase()})`;

export const likelihoodText = (value: number) => `${value} – ${LIKELIHOOD_LABELS[value as RiskRating]}`;
export const impactText = (value: number) => `${value} – ${IMPACT_LABELS[value as RiskRating]}`;
