import { Link } from 'react-router';
import type { ReviewReturnRow } from '@steerline/contracts';
import { formatDate } from '../../../lib/format-date';
import { ReturnStatusTag } from './tags';

/** The signed-in owner's returns, as a GOV.UK summary list of links with their state. */
export function MyReturns({ returns }: { returns: ReviewReturnRow[] }) {
  if (returns.length === 0) return <p className="govuk-body">You have no review returns to complete.</p>;
  return (
    <ul className="govuk-list app-review-my-returns">
      {returns.map((row) => (
        <li key={row.id} className="govuk-!-margin-bottom-4">
          <Link className="govuk-link govuk-!-font-weight-bold" to={`/reviews/returns/${row.id}`}>
            {row.action.reference}: {row.action.title}
          </Link>
          <span className="govuk-!-display-block govuk-body-s govuk-!-margin-bottom-1">
            {row.cycle.name}, due {formatDate(row.cycle.returnsDue)}
          </span>
          <ReturnStatusTag status={row.status} prefix="Return status:" />
        </li>
      ))}
    </ul>
  );
}
