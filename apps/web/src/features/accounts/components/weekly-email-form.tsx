import { useId, useState, type FormEvent } from 'react';
import { useChooseWeeklyEmail, useWeeklyEmail } from '../api/weekly-email';

/** "Your weekly e-mail": a GOV.UK checkbox for the owners' weekly "what is due", saved with its own button. */
export function WeeklyEmailForm() {
  const current = useWeeklyEmail();
  if (current.isError) return <p className="govuk-body">Sorry, your e-mail choice could not be loaded. Try again later.</p>;
  if (!current.data) return null;
  return <WeeklyEmailChoiceForm saved={current.data.weeklyDueEmail} />;
}

function WeeklyEmailChoiceForm({ saved }: { saved: boolean }) {
  const [wanted, setWanted] = useState(saved);
  const choose = useChooseWeeklyEmail();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    choose.mutate({ weeklyDueEmail: wanted });
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Your weekly e-mail</h2>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={id}
              type="checkbox"
              checked={wanted}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setWanted(event.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
              Send me a weekly e-mail of what is due from me
            </label>
            <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
              On Monday mornings, when something is due: your review returns, follow-ups the board asked of you, milestones due in the
              next 14 days and actions with no update for 30 days, each with a link to where you act on it.
            </div>
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={choose.isPending}>
        Save e-mail choice
      </button>
      <p className="govuk-body" role="status">
        {choose.isSuccess && (choose.data.weeklyDueEmail ? 'Saved: you will get the weekly e-mail.' : 'Saved: you will not get the weekly e-mail.')}
        {choose.isError && 'Sorry, your choice could not be saved. Try again later.'}
      </p>
    </form>
  );
}
