import type { ReviewCycleDetail } from '@steerline/contracts';
import { useState } from 'react';
import type { CycleTransition } from '../api/transition-cycle';

interface CycleActionsProps {
  cycle: ReviewCycleDetail;
  submitting: boolean;
  /** The sign-off was attempted without the confirmation box ticked. */
  onUnconfirmed: () => void;
  confirmError?: string;
  onTransition: (transition: CycleTransition) => void;
}

export const SIGN_OFF_CONFIRM_ID = 'confirm-sign-off';

/** The next step in the cycle's life that the signed-in user may take, as the API's `can` flags say. */
export function CycleActions({ cycle, submitting, onUnconfirmed, confirmError, onTransition }: CycleActionsProps) {
  const [confirmed, setConfirmed] = useState(false);
  const go = (transition: CycleTransition) => {
    if (!submitting) onTransition(transition);
  };
  if (!cycle.can.open && !cycle.can.startBoardReview && !cycle.can.signOff) return null;
  return (
    <section aria-labelledby="cycle-next-step">
      <h2 className="govuk-heading-m" id="cycle-next-step">
        Next step
      </h2>
      {cycle.can.open && (
        <>
          <p className="govuk-body">Opening the cycle creates a return for every live action and asks each action's owner for it.</p>
          <button type="button" className="govuk-button" aria-disabled={submitting || undefined} onClick={() => go('open')}>
            Open the cycle
          </button>
        </>
      )}
      {cycle.can.startBoardReview && (
        <>
          <p className="govuk-body">Start the board's review when the returns are in. Owners can still correct returns the board sends back.</p>
          <button type="button" className="govuk-button" aria-disabled={submitting || undefined} onClick={() => go('board-review')}>
            Start board review
          </button>
        </>
      )}
      {cycle.can.signOff && (
        <>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Signing off freezes the cycle: its returns and report can no longer change, and the accepted amendments are applied to their actions.
            </strong>
          </div>
          <div className={confirmError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
            {confirmError && (
              <p id={`${SIGN_OFF_CONFIRM_ID}-error`} className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {confirmError}
              </p>
            )}
            <div className="govuk-checkboxes govuk-checkboxes--small">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={SIGN_OFF_CONFIRM_ID}
                  name="confirm"
                  type="checkbox"
                  checked={confirmed}
                  aria-describedby={confirmError ? `${SIGN_OFF_CONFIRM_ID}-error` : undefined}
                  onChange={(event) => setConfirmed(event.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={SIGN_OFF_CONFIRM_ID}>
                  I confirm the leadership team signs off this review cycle
                </label>
              </div>
            </div>
          </div>
          <button type="button" className="govuk-button" aria-disabled={submitting || undefined} onClick={() => (confirmed ? go('sign-off') : onUnconfirmed())}>
            Sign off the cycle
          </button>
        </>
      )}
    </section>
  );
}
