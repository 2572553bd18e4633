import type { RiskDetail } from '@steerline/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { StaleVersionNotice, useReloadLatest } from '../../components/stale-version-notice';
import { SuccessBanner } from '../../components/success-banner';
import { TableRegion } from '../../components/table-region';
import { ButtonLink } from '../../features/actions/components/button-link';
import { useMe } from '../../features/auth/api/get-me';
import { useRisk } from '../../features/risks/api/get-risk';
import { useAddMitigation, useUpdateMitigation } from '../../features/risks/api/mitigations';
import { useReviewRisk } from '../../features/risks/api/review-risk';
import { MITIGATION_FIELDS, MitigationForm } from '../../features/risks/components/mitigation-form';
import { impactText, likelihoodText, RiskStatusTag, scoreText } from '../../features/risks/components/risk-labels';
import { REVIEW_FIELDS, RiskReviewForm } from '../../features/risks/components/risk-review-form';
import { useDocumentTitle } from '../../lib/document-title';
import { useFlashMessage } from '../../lib/flash-message';
import { formatDate, formatDateUtc } from '../../lib/format-date';
import { describeLabelledFormErrors, isStaleVersion } from '../../lib/form-errors';
import { QueryPage } from '../query-page';

/** `/risks/:id`: the risk, its mitigations and history, and (for its owner and admins) the review form. */
export function RiskDetailPage() {
  const { id = '' } = useParams();
  const risk = useRisk(id);
  return <QueryPage query={risk}>{(data) => <RiskView risk={data} refetch={risk.refetch} />}</QueryPage>;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function RiskView({ risk, refetch }: { risk: RiskDetail; refetch: () => Promise<unknown> }) {
  useDocumentTitle(`${risk.reference}: ${risk.title}`);
  const flash = useFlashMessage();
  const [notice, setNotice] = useState<string | undefined>(flash);
  const { data: me } = useMe();
  const review = useReviewRisk();
  const addMitigation = useAddMitigation();
  const updateMitigation = useUpdateMitigation();
  const failed = [review, addMitigation, updateMitigation].find((mutation) => mutation.isError);
  const stale = failed !== undefined && isStaleVersion(failed.error);
  const reviewErrors = review.isError && !stale ? describeLabelledFormErrors(review.error, REVIEW_FIELDS) : undefined;
  const mitigationErrors = addMitigation.isError && !stale ? describeLabelledFormErrors(addMitigation.error, MITIGATION_FIELDS) : undefined;
  const otherErrors = updateMitigation.isError && !stale ? describeLabelledFormErrors(updateMitigation.error, {}) : undefined;
  const errors = reviewErrors ?? mitigationErrors ?? otherErrors;
  const resetAll = () => [review, addMitigation, updateMitigation].forEach((mutation) => mutation.reset());
  const { reload, reloading } = useReloadLatest({ refetch, onReloaded: resetAll, focusId: 'main-content' });
  const done = (message: string) => () => {
    resetAll();
    setNotice(message);
  };

  return (
    <>
      <Link to="/risks" className="govuk-back-link">
        Back to the risk register
      </Link>
      {notice && <SuccessBanner key={`${notice}${risk.version}`} heading={notice} />}
      {stale && <StaleVersionNotice what="risk" onReload={reload} reloading={reloading} />}
      {errors && <ErrorSummary key={failed?.submittedAt} items={errors.summary} />}
      <span className="govuk-caption-l">{risk.reference}</span>
      <h1 className="govuk-heading-l">{risk.title}</h1>
      {risk.can.edit && (
        <ButtonLink to={`/risks/${risk.id}/edit`} className="govuk-button--secondary">
          Edit the risk
        </ButtonLink>
      )}
      <dl className="govuk-summary-list">
        <Row label="Status">
          <RiskStatusTag status={risk.status} />
        </Row>
        <Row label="Cause">{risk.cause}</Row>
        <Row label="Effect">{risk.effect}</Row>
        <Row label="Risk owner">{risk.owner.name}</Row>
        <Row label="Likelihood">{likelihoodText(risk.likelihood)}</Row>
        <Row label="Impact">{impactText(risk.impact)}</Row>
        <Row label="Score">{scoreText(risk.score)}</Row>
        <Row label="Target score">{scoreText(risk.targetScore)}</Row>
        <Row label="Review date">
          {formatDate(risk.reviewDate)}
          {risk.reviewOverdue && (
            <>
              {' '}
              <strong className="govuk-tag govuk-tag--red">Review overdue</strong>
            </>
          )}
        </Row>
        <Row label="Linked actions">
          {risk.actions.length === 0 ? (
            'None'
          ) : (
            <ul className="govuk-list">
              {risk.actions.map((action) => (
                <li key={action.id}>
                  <Link className="govuk-link" to={`/actions/${action.id}`}>
                    {action.reference}: {action.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Row>
        <Row label="Priorities">
          {risk.priorities.length === 0 ? (
            'None'
          ) : (
            <ul className="govuk-list">
              {risk.priorities.map((priority) => (
                <li key={priority.id}>
                  {priority.number}. {priority.title}
                </li>
              ))}
            </ul>
          )}
        </Row>
      </dl>

      <h2 className="govuk-heading-m">Mitigations</h2>
      {risk.mitigations.length === 0 ? (
        <p className="govuk-body">No mitigations yet.</p>
      ) : (
        <TableRegion label="Mitigations">
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Mitigations</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Mitigation</th>
              <th scope="col" className="govuk-table__header">Owner</th>
              <th scope="col" className="govuk-table__header">Due</th>
              <th scope="col" className="govuk-table__header">Done</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {risk.mitigations.map((mitigation) => {
              const mayChange = risk.status !== 'closed' && (risk.can.manageMitigations || mitigation.owner.id === me?.id);
              return (
                <tr className="govuk-table__row" key={mitigation.id}>
                  <td className="govuk-table__cell">{mitigation.description}</td>
                  <td className="govuk-table__cell">{mitigation.owner.name}</td>
                  <td className="govuk-table__cell">{formatDate(mitigation.dueDate)}</td>
                  <td className="govuk-table__cell">
                    {mitigation.done ? 'Done' : 'Not done'}
                    {mayChange && (
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2"
                        onClick={() =>
                          updateMitigation.mutate(
                            { riskId: risk.id, mitigationId: mitigation.id, request: { version: mitigation.version, done: !mitigation.done } },
                            { onSuccess: done(mitigation.done ? 'Mitigation marked not done' : 'Mitigation marked done') },
                          )
                        }
                      >
                        {mitigation.done ? 'Mark not done' : 'Mark done'}
                        <span className="govuk-visually-hidden">: {mitigation.description}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </TableRegion>
      )}
      {risk.can.manageMitigations && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Add a mitigation</span>
          </summary>
          <div className="govuk-details__text">
            <MitigationForm
              key={risk.version}
              version={risk.version}
              errors={mitigationErrors}
              submitting={addMitigation.isPending}
              onSubmit={(request) => addMitigation.mutate({ riskId: risk.id, request }, { onSuccess: done('Mitigation added') })}
            />
          </div>
        </details>
      )}

      {risk.can.review && (
        <>
          <h2 className="govuk-heading-m">Review the risk</h2>
          <RiskReviewForm
            key={risk.version}
            risk={risk}
            errors={reviewErrors}
            submitting={review.isPending}
            onSubmit={(request) => review.mutate({ id: risk.id, request }, { onSuccess: done('Review recorded') })}
          />
        </>
      )}

      <h2 className="govuk-heading-m">Escalations</h2>
      {risk.escalations.length === 0 ? (
        <p className="govuk-body">No escalations have been raised from this risk.</p>
      ) : (
        <ul className="govuk-list">
          {risk.escalations.map((escalation) => (
            <li key={escalation.id}>
              <Link className="govuk-link" to={`/escalations/${escalation.id}`}>
                {escalation.problem}
              </Link>{' '}
              (raised {formatDateUtc(escalation.raisedAt)}, {escalation.status.replace('_', ' ')})
            </li>
          ))}
        </ul>
      )}
      {risk.can.raiseEscalation && (
        <ButtonLink to={`/risks/${risk.id}/escalations/new`} className="govuk-button--secondary">
          Raise an escalation
        </ButtonLink>
      )}

      <h2 className="govuk-heading-m">History</h2>
      <TableRegion label="History">
      <table className="govuk-table" data-testid="risk-history">
        <caption className="govuk-visually-hidden">Reviews of the risk, newest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">When</th>
            <th scope="col" className="govuk-table__header">By</th>
            <th scope="col" className="govuk-table__header">Score</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Note</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {risk.history.map((entry) => (
            <tr className="govuk-table__row" key={entry.id}>
              <td className="govuk-table__cell">{formatDateUtc(entry.reviewedAt)}</td>
              <td className="govuk-table__cell">{entry.reviewedBy.name}</td>
              <td className="govuk-table__cell">
                {scoreText(entry.score)}
                <span className="govuk-hint govuk-!-margin-0 govuk-!-font-size-16">
                  likelihood {entry.likelihood} × impact {entry.impact}
                </span>
              </td>
              <td className="govuk-table__cell">
                <RiskStatusTag status={entry.status} />
              </td>
              <td className="govuk-table__cell">
                {entry.note}
                {entry.reviewCycle && <span className="govuk-hint govuk-!-margin-0">In {entry.reviewCycle.name}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableRegion>
    </>
  );
}
