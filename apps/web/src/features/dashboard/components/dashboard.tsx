import type { DashboardResponse } from '@steerline/contracts';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useDashboard } from '../api/get-dashboard';
import '../dashboard.css';
import { formatDate } from '../../../lib/format-date';
import { ActionItems, Shown } from './action-items';
import { RagLegend } from './rag-legend';
import { RagTable } from './rag-table';

// chart.js is loaded only when the chart is about to be drawn, not with the rest of the app.
const RagChart = lazy(() => import('./rag-chart'));

function RagOverview({ rows }: { rows: DashboardResponse['ragByPriority'] }) {
  return (
    <section aria-labelledby="rag-heading" className="govuk-!-margin-bottom-6">
      <h2 id="rag-heading" className="govuk-heading-m">
        RAG ratings by priority
      </h2>
      <Suspense fallback={<p className="govuk-body">Loading the chart…</p>}>
        <RagChart rows={rows} />
      </Suspense>
      <RagLegend />
      <RagTable rows={rows} />
    </section>
  );
}

function Overdue({ list }: { list: DashboardResponse['overdue'] }) {
  return (
    <section aria-labelledby="overdue-heading">
      <h2 id="overdue-heading" className="govuk-heading-m">
        Overdue actions
      </h2>
      {list.total === 0 ? (
        <p className="govuk-body">There are no overdue actions.</p>
      ) : (
        <>
          <ActionItems actions={list.items} detail={(action) => `Due ${formatDate(action.dueDate!)}. Owner: ${action.owner.name}`} />
          <Shown shown={list.items.length} total={list.total} noun="overdue actions, most overdue first" />
        </>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to="/actions?overdue=true">
          View all overdue actions
        </Link>
      </p>
    </section>
  );
}

function MyActionsNeedingUpdate({ list }: { list: DashboardResponse['myActionsNeedingUpdate'] }) {
  return (
    <section aria-labelledby="needing-update-heading">
      <h2 id="needing-update-heading" className="govuk-heading-m">
        My actions needing an update
      </h2>
      <p className="govuk-body">Your open actions with no progress update for 30 days or more.</p>
      {list.total === 0 ? (
        <p className="govuk-body">None of your actions needs an update.</p>
      ) : (
        <>
          <ActionItems
            actions={list.items}
            detail={(action) => (action.lastUpdateAt ? `Last update ${formatDate(action.lastUpdateAt.slice(0, 10))}` : 'No progress update yet')}
          />
          <Shown shown={list.items.length} total={list.total} noun="actions" />
          <p className="govuk-body">
            <Link className="govuk-link" to="/actions?owner=me&stale=true">
              View all my actions needing an update
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

function MilestonesDueSoon({ list }: { list: DashboardResponse['milestonesDueSoon'] }) {
  return (
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading" className="govuk-heading-m">
        Milestones due in the next 30 days
      </h2>
      {list.total === 0 ? (
        <p className="govuk-body">No milestones are due in the next 30 days.</p>
      ) : (
        <>
          <ul className="govuk-list govuk-list--spaced">
            {list.items.map((milestone) => (
              <li key={milestone.id}>
                <span className="govuk-!-font-weight-bold">{milestone.title}</span>, due {formatDate(milestone.dueDate)}
                <br />
                <span className="govuk-body-s">
                  Action:{' '}
                  <Link className="govuk-link" to={`/actions/${milestone.action.id}`}>
                    {milestone.action.reference}: {milestone.action.title}
                  </Link>
                </span>
              </li>
            ))}
          </ul>
          <Shown shown={list.items.length} total={list.total} noun="milestones, soonest first" />
        </>
      )}
    </section>
  );
}

function RiskReviewsOverdue({ list }: { list: DashboardResponse['riskReviewsOverdue'] }) {
  return (
    <section aria-labelledby="risk-reviews-heading">
      <h2 id="risk-reviews-heading" className="govuk-heading-m">
        Overdue risk reviews
      </h2>
      {list.total === 0 ? (
        <p className="govuk-body">No risk reviews are overdue.</p>
      ) : (
        <>
          <ul className="govuk-list govuk-list--spaced">
            {list.items.map((risk) => (
              <li key={risk.id}>
                <Link className="govuk-link" to={`/risks/${risk.id}`}>
                  {risk.reference}: {risk.title}
                </Link>
                <br />
                <span className="govuk-body-s">
                  Review was due {formatDate(risk.reviewDate)}. Score {risk.score}. Owner: {risk.owner.name}
                </span>
              </li>
            ))}
          </ul>
          <Shown shown={list.items.length} total={list.total} noun="overdue risk reviews, most overdue first" />
        </>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to="/risks">
          View the risk register
        </Link>
      </p>
    </section>
  );
}

/** The dashboard's figures: RAG counts per priority (chart and table), what is overdue, what is due, and what needs the user. */
export function Dashboard() {
  const dashboard = useDashboard();
  if (dashboard.isPending) return <p className="govuk-body">Loading the dashboard…</p>;
  if (dashboard.isError) return <p className="govuk-body">The dashboard cannot be shown just now. Try again later.</p>;
  const { ragByPriority, overdue, milestonesDueSoon, myActionsNeedingUpdate, riskReviewsOverdue } = dashboard.data;
  return (
    <>
      <RagOverview rows={ragByPriority} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Overdue list={overdue} />
          <RiskReviewsOverdue list={riskReviewsOverdue} />
        </div>
        <div className="govuk-grid-column-one-half">
          <MyActionsNeedingUpdate list={myActionsNeedingUpdate} />
          <MilestonesDueSoon list={milestonesDueSoon} />
        </div>
      </div>
    </>
  );
}
