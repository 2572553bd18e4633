import type { ReviewCycleDetail } from '@steerline/contracts';
import { formatPeriod } from '../format';
import { formatDate } from '../../../lib/format-date';
import { returnsProgress } from '../tracker-params';
import { CycleStatusTag } from './tags';

/** A review cycle's facts as a GOV.UK summary list. */
export function CycleSummary({ cycle }: { cycle: ReviewCycleDetail }) {
  const rows: [string, React.ReactNode][] = [
    ['Status', <CycleStatusTag key="status" status={cycle.status} />],
    ['Period', formatPeriod(cycle.periodStart, cycle.periodEnd)],
    ['Returns due', formatDate(cycle.returnsDue)],
    ['Reminders', cycle.reminderDaysBefore === 1 ? '1 day before the due date, and when overdue' : `${cycle.reminderDaysBefore} days before the due date, and when overdue`],
    ['Returns', returnsProgress(cycle.returnCounts, cycle.totalReturns)],
  ];
  if (cycle.openedAt) rows.push(['Opened', formatDate(cycle.openedAt)]);
  if (cycle.boardReviewAt) rows.push(['Board review started', formatDate(cycle.boardReviewAt)]);
  if (cycle.signedOffAt) rows.push(['Signed off', `${formatDate(cycle.signedOffAt)}${cycle.signedOffBy ? ` by ${cycle.signedOffBy.name}` : ''}`]);
  return (
    <dl className="govuk-summary-list">
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
