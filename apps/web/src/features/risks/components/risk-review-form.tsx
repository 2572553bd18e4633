import { type CreateRiskReviewRequest, IMPACT_LABELS, LIKELIHOOD_LABELS, type RiskDetail, RISK_RATINGS, RISK_STATUS_LABELS, RISK_STATUSES, type RiskStatus } from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { RadioGroup } from '../../../components/choices';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import type { FormErrors } from '../../../lib/form-errors';
import { DATE_HINT } from './risk-form';

export const REVIEW_FIELDS = {
  likelihood: { inputId: 'review-likelihood', label: 'Likelihood' },
  impact: { inputId: 'review-impact', label: 'Impact' },
  status: { inputId: 'review-status', label: 'Status' },
  note: { inputId: 'review-note', label: 'What the review found' },
  nextReviewDate: { inputId: 'review-next', label: 'Next review date' },
};

/** Records a review: the risk's likelihood, impact and status as they are now, and when to look again. Starts from the current values. */
export function RiskReviewForm({ risk, reviewCycleId, errors, submitting, onSubmit }: {
  risk: RiskDetail;
  reviewCycleId?: string;
  errors?: FormErrors;
  submitting: boolean;
  onSubmit: (request: CreateRiskReviewRequest) => void;
}) {
  const [likelihood, setLikelihood] = useState(String(risk.likelihood));
  const [impact, setImpact] = useState(String(risk.impact));
  const [status, setStatus] = useState<string>(risk.status);
  const [note, setNote] = useState('');
  const [next, setNext] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    onSubmit({
      version: risk.version, likelihood: Number(likelihood), impact: Number(impact), status: status as RiskStatus, note: note.trim(), nextReviewDate: next.trim(),
      ...(reviewCycleId ? { reviewCycleId } : {}),
    });
  };
  const ratingChoices = (labels: Record<number, string>) => RISK_RATINGS.map((value) => ({ value: String(value), text: `${value} – ${labels[value]}` }));
  const score = Number(likelihood) * Number(impact);
  return (
    <form noValidate onSubmit={submit}>
      <RadioGroup id="review-likelihood" name="likelihood" legend="Likelihood" small choices={ratingChoices(LIKELIHOOD_LABELS)} value={likelihood} onChange={setLikelihood} error={errors?.fields.likelihood} />
      <RadioGroup id="review-impact" name="impact" legend="Impact" small choices={ratingChoices(IMPACT_LABELS)} value={impact} onChange={setImpact} error={errors?.fields.impact} />
      <p className="govuk-body" aria-live="polite">
        New score: <strong>{score}</strong> (target {risk.targetScore})
      </p>
      <RadioGroup id="review-status" name="status" legend="Status" small choices={RISK_STATUSES.map((value) => ({ value, text: RISK_STATUS_LABELS[value] }))} value={status} onChange={setStatus} error={errors?.fields.status} />
      <Textarea id="review-note" name="note" label="What the review found" rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={errors?.fields.note} />
      <TextInput id="review-next" name="nextReviewDate" label="Next review date" hint={DATE_HINT} width={10} autoComplete="off" spellCheck={false} value={next} onChange={(e) => setNext(e.target.value)} error={errors?.fields.nextReviewDate} />
      <button type="submit" className="govuk-button" aria-disabled={submitting || undefined}>
        Record review
      </button>
    </form>
  );
}
