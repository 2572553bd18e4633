import { ErrorSummary } from '../../../components/error-summary';
import { describeFormError } from '../../../lib/form-errors';

interface RetireSectionProps {
  /** "priority", "body". */
  what: string;
  /** What the button names: "priority 2", "Staff working group". */
  name: string;
  pending: boolean;
  error: unknown;
  attempt: number;
  onRetire: () => void;
}

/** Retiring instead of deleting: what it points at keeps it, history and reports show it, new records cannot choose it. */
export function RetireSection({ what, name, pending, error, attempt, onRetire }: RetireSectionProps) {
  return (
    <section aria-labelledby="retire-heading" className="govuk-!-margin-top-8">
      <h2 id="retire-heading" className="govuk-heading-m">
        Retire this {what}
      </h2>
      {error !== null && error !== undefined && <ErrorSummary key={attempt} items={describeFormError(error, {}).summary} />}
      <p className="govuk-body">
        Its actions keep it, and it stays in history and reports, but new actions cannot choose it. Retiring cannot be undone here.
      </p>
      <button type="button" className="govuk-button govuk-button--warning" disabled={pending} onClick={onRetire}>
        Retire {name}
      </button>
    </section>
  );
}

/** Status as a word: in use or retired. */
export function InUseTag({ retired }: { retired: boolean }) {
  return retired ? <strong className="govuk-tag govuk-tag--grey">Retired</strong> : <strong className="govuk-tag govuk-tag--green">In use</strong>;
}
