import { Permission, type Escalation } from '@steerline/contracts';
import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useFocusHeadingIfLost } from '../../components/focus-heading';
import { StaleVersionNotice } from '../../components/stale-version-notice';
import { SuccessBanner } from '../../components/success-banner';
import { EvidenceSection } from '../../features/attachments/components/evidence-section';
import { useMe } from '../../features/auth/api/get-me';
import { useEscalation } from '../../features/escalations/api/get-escalation';
import { usePeople } from '../../lib/lookups/lookups';
import { useTransitionEscalation } from '../../features/escalations/api/transition-escalation';
import { DECISION_FIELDS, DecisionForm } from '../../features/escalations/components/decision-form';
import { EscalationSummary } from '../../features/escalations/components/escalation-summary';
import { RESOLVE_FIELDS, ResolveForm } from '../../features/escalations/components/resolve-form';
import { describeLabelledFormErrors, isStaleOrConflict } from '../../lib/form-errors';
import { useDocumentTitle } from '../../lib/document-title';
import { useFlashMessage } from '../../lib/flash-message';
import { QueryPage } from '../query-page';

/** `/escalations/:id`: the escalation, and for board members what they can do with it next. */
export function EscalationDetailPage() {
  const { id = '' } = useParams();
  const escalation = useEscalation(id);
  return <QueryPage query={escalation}>{(data) => <EscalationView escalation={data} refetch={escalation.refetch} />}</QueryPage>;
}

const DONE: Record<string, string> = { take: 'You are now reviewing this escalation', decision: 'Decision recorded', resolve: 'Escalation resolved' };

function EscalationView({ escalation, refetch }: { escalation: Escalation; refetch: () => Promise<unknown> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(heading);
  const flash = useFlashMessage();
  const { data: me } = useMe();
  const mayDecide = me?.permissions.includes(Permission.EscalationDecide) ?? false;
  const people = usePeople();
  const transition = useTransitionEscalation();
  const kind = transition.variables?.kind;
  const stale = transition.isError && isStaleOrConflict(transition.error);
  const fields = kind === 'decision' ? DECISION_FIELDS : kind === 'resolve' ? RESOLVE_FIELDS : {};
  const errors = transition.isError && !stale ? describeLabelledFormErrors(transition.error, fields) : undefined;
  const title = `Escalation on ${escalation.action.reference}`;
  useDocumentTitle(errors ? `Error: ${title}` : title);

  const reload = async () => {
    await refetch();
    transition.reset();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={mayDecide ? '/escalations' : `/actions/${escalation.action.id}`} className="govuk-back-link">
          {mayDecide ? 'Back to the board queue' : `Back to ${escalation.action.reference}`}
        </Link>
        {transition.isSuccess && kind ? <SuccessBanner key={transition.submittedAt} heading={DONE[kind]} /> : flash && <SuccessBanner heading={flash} />}
        {errors && <ErrorSummary key={transition.submittedAt} items={errors.summary} />}
        {stale && <StaleVersionNotice what="escalation" onReload={() => void reload()} />}
        <span className="govuk-caption-l">Escalation</span>
        <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <EscalationSummary escalation={escalation} />
        <EvidenceSection
          path={`/escalations/${escalation.id}/attachments`}
          caption={`Evidence on this escalation about ${escalation.action.reference}`}
          mayAdd={escalation.status !== 'resolved' && (mayDecide || escalation.raisedBy.id === me?.id)}
        />

        {mayDecide && !stale && escalation.status === 'open' && (
          <>
            <h2 className="govuk-heading-m">Review</h2>
            <p className="govuk-body">Take it for review to record the board's decision.</p>
            <button
              type="button"
              className="govuk-button"
              aria-disabled={transition.isPending || undefined}
              onClick={() => !transition.isPending && transition.mutate({ kind: 'take', id: escalation.id, request: { version: escalation.version } })}
            >
              Take for review
            </button>
          </>
        )}
        {mayDecide && !stale && escalation.status === 'under_review' && (
          <>
            <h2 className="govuk-heading-m">Record the decision</h2>
            <DecisionForm
              key={escalation.version}
              version={escalation.version}
              people={people.data ?? []}
              errors={kind === 'decision' ? errors : undefined}
              submitting={transition.isPending}
              onSubmit={(request) => transition.mutate({ kind: 'decision', id: escalation.id, request })}
            />
          </>
        )}
        {mayDecide && !stale && (escalation.status === 'agreed' || escalation.status === 'declined') && (
          <>
            <h2 className="govuk-heading-m">Resolve</h2>
            <ResolveForm
              key={escalation.version}
              errors={kind === 'resolve' ? errors : undefined}
              submitting={transition.isPending}
              onSubmit={(outcome) => transition.mutate({ kind: 'resolve', id: escalation.id, request: { version: escalation.version, outcome } })}
            />
          </>
        )}
      </div>
    </div>
  );
}
