import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Textarea } from '../../../components/textarea';
import type { FormErrors } from '../../../lib/form-errors';

interface CancelActionFormProps {
  reference: string;
  actionPath: string;
  errors?: FormErrors;
  submitting: boolean;
  onSubmit: (reason: string) => void;
}

/** Asks why the action is being cancelled; cancelling closes it for good, so it says so first. */
export function CancelActionForm({ reference, actionPath, errors, submitting, onSubmit }: CancelActionFormProps) {
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting) onSubmit(reason);
  };
  return (
    <>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Once {reference} is cancelled, nobody can edit it or post progress updates on it. It stays on the action plan for the record.
        </strong>
      </div>
      <form noValidate onSubmit={submit}>
        <Textarea
          id="reason"
          name="reason"
          label="Why is the action being cancelled?"
          hint="For example, it has been replaced by another action, or central government guidance has changed"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errors?.fields.reason}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--warning" aria-disabled={submitting || undefined}>
            Cancel action
          </button>
          <Link className="govuk-link" to={actionPath}>
            Keep the action
          </Link>
        </div>
      </form>
    </>
  );
}
