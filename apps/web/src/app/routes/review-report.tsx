import type { CorporatePlanReport } from '@steerline/contracts';
import { useRef, type RefObject } from 'react';
import { Link, useParams } from 'react-router';
import { useFocusHeadingIfLost } from '../../components/focus-heading';
import { useReport } from '../../features/reports/api/get-report';
import { ReportDownloads } from '../../features/reports/components/report-downloads';
import { ReportSections } from '../../features/reports/components/report-view';
import { formatDate } from '../../lib/format-date';
import '../../features/reports/reports.css';
import { useDocumentTitle } from '../../lib/document-title';
import { QueryPage } from '../query-page';

/** `/reviews/:id/report`: the Corporate Plan report of a cycle, in HTML first, with its downloads. */
export function ReviewReportPage() {
  const { id = '' } = useParams();
  const report = useReport(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(heading);
  useDocumentTitle(report.data ? `Corporate Plan report: ${report.data.cycle.name}` : 'Corporate Plan report');
  return <QueryPage query={report}>{(data) => <ReportView report={data} heading={heading} />}</QueryPage>;
}

function ReportView({ report, heading }: { report: CorporatePlanReport; heading: RefObject<HTMLHeadingElement | null> }) {
  const { cycle, draft } = report;
  return (
    <>
      <Link to={`/reviews/${cycle.id}`} className="govuk-back-link">
        Back to {cycle.name}
      </Link>
      {draft && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Draft — not signed off. The figures can still change until the leadership team signs the cycle off.
          </strong>
        </div>
      )}
      <span className="govuk-caption-l">{report.strategyTitle}</span>
      <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
        Corporate Plan report: {cycle.name}
      </h1>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Period</dt>
          <dd className="govuk-summary-list__value">
            {formatDate(cycle.periodStart)} to {formatDate(cycle.periodEnd)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status</dt>
          <dd className="govuk-summary-list__value">
            {draft ? 'Draft — not signed off' : `Signed off on ${formatDate(cycle.signedOffAt)}${cycle.signedOffBy ? ` by ${cycle.signedOffBy}` : ''}`}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Previous cycle</dt>
          <dd className="govuk-summary-list__value">{report.previousCycle?.name ?? 'None'}</dd>
        </div>
      </dl>
      <ReportDownloads cycleId={cycle.id} cycleName={cycle.name} draft={draft} />
      <ReportSections report={report} />
    </>
  );
}
