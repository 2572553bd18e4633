import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  MOVEMENTS,
  MOVEMENT_LABELS,
  RAGS,
  RAG_LABELS,
  RETURN_STATUS_LABELS,
  type CorporatePlanReport,
  type PrioritySummary,
  type ReportAction,
} from '@steerline/contracts';
import { RagTag, StatusTag } from '../../../components/rag-tag';
import { formatCount, formatNumber } from '../format';
import { formatDate } from '../../../lib/format-date';
import { ReportTable } from './report-table';

const priorityName = (summary: PrioritySummary) => (summary.priority ? `${summary.priority.number}. ${summary.priority.title}` : 'All priorities');
const summaryRows = (report: CorporatePlanReport) => [...report.summary, report.total];
const summaryKey = (summary: PrioritySummary) => String(summary.priority?.number ?? 'total');
const actionName = (action: Pick<ReportAction, 'reference' | 'title'>) => `${action.reference}: ${action.title}`;
/** Ends a phrase with a full stop unless it already ends a sentence. */
const sentence = (value: string) => (/[.!?]$/.test(value.trim()) ? value.trim() : `${value.trim()}.`);
const text = (value: string | null | undefined) => (value && value.trim() !== '' ? value : 'Not given');

/** The Corporate Plan report's sections, from summary to segment coverage, as accessible tables. */
export function ReportSections({ report }: { report: CorporatePlanReport }) {
  const measures = report.actions.flatMap((action) => action.measures.map((measure, index) => ({ action, measure, index })));
  return (
    <>
      <h2 className="govuk-heading-m">Summary by priority</h2>
      <ReportTable
        caption="Action status by priority (number of actions and share)"
        columns={[
          { header: 'Priority', cell: priorityName },
          { header: 'Actions', numeric: true, cell: (row: PrioritySummary) => row.actions },
          ...ACTION_STATUSES.map((status) => ({ header: ACTION_STATUS_LABELS[status], numeric: true, cell: (row: PrioritySummary) => formatCount(row.status[status]) })),
        ]}
        rows={summaryRows(report)}
        rowKey={summaryKey}
        empty="There are no actions."
      />
      <ReportTable
        caption="RAG rating by priority (number of actions and share)"
        columns={[
          { header: 'Priority', cell: priorityName },
          ...RAGS.map((rag) => ({ header: RAG_LABELS[rag], numeric: true, cell: (row: PrioritySummary) => formatCount(row.rag[rag]) })),
        ]}
        rows={summaryRows(report)}
        rowKey={summaryKey}
        empty="There are no actions."
      />

      <h2 className="govuk-heading-m">Movement since the previous cycle</h2>
      <p className="govuk-body">
        {report.previousCycle ? `Compared with ${report.previousCycle.name}.` : 'There is no previous cycle: every action counts as new.'}
      </p>
      <ReportTable
        caption="Movement of RAG ratings by priority (number of actions)"
        columns={[{ header: 'Priority', cell: priorityName }, ...MOVEMENTS.map((movement) => ({ header: MOVEMENT_LABELS[movement], numeric: true, cell: (row: PrioritySummary) => row.movement[movement] }))]}
        rows={summaryRows(report)}
        rowKey={summaryKey}
        empty="There are no actions."
      />
      <ReportTable
        caption="Movement of each action"
        columns={[
          { header: 'Action', cell: actionName },
          { header: 'Previous RAG', cell: (action: ReportAction) => (action.previousRag ? <RagTag rag={action.previousRag} /> : 'None') },
          { header: 'RAG', cell: (action: ReportAction) => <RagTag rag={action.rag} /> },
          { header: 'Movement', cell: (action: ReportAction) => MOVEMENT_LABELS[action.movement] },
        ]}
        rows={report.actions}
        rowKey={(action) => action.id}
        empty="There are no actions."
      />

      <h2 className="govuk-heading-m">Red and amber actions</h2>
      <ReportTable
        caption="Red and amber actions, with the reason, corrective action and revised date"
        columns={[
          { header: 'Action', cell: actionName },
          { header: 'RAG', cell: (action: ReportAction) => <RagTag rag={action.rag} /> },
          { header: 'Reason', cell: (action: ReportAction) => <span className="app-report-text">{text(action.ragReason)}</span> },
          { header: 'Corrective action', cell: (action: ReportAction) => <span className="app-report-text">{text(action.correctiveAction)}</span> },
          { header: 'Revised date', cell: (action: ReportAction) => formatDate(action.revisedDate) },
        ]}
        rows={report.exceptions}
        rowKey={(action) => action.id}
        empty="No action is red or amber."
      />

      <h2 className="govuk-heading-m">Escalations and decisions</h2>
      <ReportTable
        caption="Escalations raised in the period and the decisions taken"
        columns={[
          { header: 'Action', cell: (row: CorporatePlanReport['escalations'][number]) => row.actionReference },
          { header: 'Raised', cell: (row) => formatDate(row.raisedAt) },
          { header: 'Problem', cell: (row) => <span className="app-report-text">{row.problem}</span> },
          { header: 'Decision sought', cell: (row) => <span className="app-report-text">{row.decisionSought}</span> },
          { header: 'Status', cell: (row) => row.status },
          { header: 'Decision', cell: (row) => <span className="app-report-text">{row.decisionText ?? row.decision ?? 'None yet'}</span> },
          { header: 'Decided', cell: (row) => formatDate(row.decidedAt, 'Not decided') },
        ]}
        rows={report.escalations}
        rowKey={(row, index) => `${row.actionReference}-${row.raisedAt}-${index}`}
        empty="No escalations were raised in the period."
      />

      <h2 className="govuk-heading-m">Returns per action</h2>
      {report.actions.length === 0 && <p className="govuk-body">There are no actions.</p>}
      {report.actions.map((action) => (
        <ActionReturn key={action.id} action={action} />
      ))}

      <h2 className="govuk-heading-m">Measures: target and actual</h2>
      <ReportTable
        caption="Measures of each action at the end of the period"
        columns={[
          { header: 'Measure', cell: (row: (typeof measures)[number]) => `${row.action.reference}: ${row.measure.name} (${row.measure.unit})` },
          { header: 'Target', numeric: true, cell: (row) => formatNumber(row.measure.target) },
          { header: 'Actual', numeric: true, cell: (row) => formatNumber(row.measure.actual) },
        ]}
        rows={measures}
        rowKey={(row) => `${row.action.id}-${row.index}`}
        empty="No action has measures."
      />

      <h2 className="govuk-heading-m">Coverage of very-low-propensity segments</h2>
      <ReportTable
        caption="Population segments with a very low propensity to self-serve, and the live actions that target them"
        columns={[
          { header: 'Segment', cell: (row: CorporatePlanReport['coverage'][number]) => row.segment },
          { header: 'Share of households', numeric: true, cell: (row) => `${row.householdShare}%` },
          { header: 'Actions', numeric: true, cell: (row) => row.actions },
          { header: 'Red or amber', numeric: true, cell: (row) => row.redOrAmber },
        ]}
        rows={report.coverage}
        rowKey={(row) => row.segment}
        empty="No segments are marked as having a very low propensity to self-serve."
      />
    </>
  );
}

function ActionReturn({ action }: { action: ReportAction }) {
  const rows: [string, React.ReactNode][] = [
    ['Owner', `${action.owner} (${action.owningBody})`],
    ['Status', <StatusTag key="status" status={action.status} />],
    ['RAG rating', <RagTag key="rag" rag={action.rag} />],
    ['Complete', `${action.percentComplete}%`],
    ['Due', formatDate(action.dueDate)],
    ['Return', action.returnStatus ? RETURN_STATUS_LABELS[action.returnStatus] : 'No return'],
    ['Progress in the period', <span key="narrative" className="app-report-text">{text(action.narrative)}</span>],
    ['Next steps', <span key="next" className="app-report-text">{text(action.nextSteps)}</span>],
  ];
  if (action.amendments.length > 0) {
    rows.push([
      'Amendments',
      <ul key="amendments" className="govuk-list govuk-list--bullet">
        {action.amendments.map((amendment, index) => (
          <li key={index} className="app-report-text">
            {sentence(amendment.change)} Reason: {sentence(amendment.reason)} {amendment.applied ? 'Applied at sign-off.' : 'Not yet applied.'}
          </li>
        ))}
      </ul>,
    ]);
  }
  return (
    <>
      <h3 className="govuk-heading-s">{actionName(action)}</h3>
      <dl className="govuk-summary-list govuk-!-margin-bottom-6">
        {rows.map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
