import type { AdminUser } from '@steerline/contracts';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { focusProgrammatically } from '../../../components/focus';
import { describeFormError } from '../../../lib/form-errors';
import { useDeactivateUser } from '../api/deactivate-user';
import { useReactivateUser } from '../api/reactivate-user';
import './people.css';
import { UserStatusTag } from './user-status-tag';

interface AccountAccessProps {
  user: AdminUser;
  /** The signed-in administrator is looking at their own account, which they may not deactivate. */
  isSelf: boolean;
  onChanged: (message: string) => void;
}

/** Shows whether the person can sign in, and deactivates or reactivates the account after asking for confirmation. */
export function AccountAccess({ user, isSelf, onChanged }: AccountAccessProps) {
  const [confirming, setConfirming] = useState(false);
  const deactivate = useDeactivateUser(user.id);
  const reactivate = useReactivateUser(user.id);
  const change = user.isActive ? deactivate : reactivate;
  const triggerId = user.isActive ? 'deactivate-account' : 'reactivate-account';

  const confirm = () =>
    change.mutate(undefined, {
      onSuccess: (saved) => {
        setConfirming(false);
        onChanged(saved.isActive ? `${saved.name}'s account has been reactivated` : `${saved.name}'s account has been deactivated`);
      },
    });
  const cancel = () => {
    setConfirming(false);
    change.reset();
    requestAnimationFrame(() => document.getElementById(triggerId)?.focus());
  };

  return (
    <>
      <h2 className="govuk-heading-m">Account access</h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status</dt>
          <dd className="govuk-summary-list__value">
            <UserStatusTag status={user.status} />
          </dd>
        </div>
      </dl>
      {isSelf && user.isActive ? (
        <p className="govuk-body">You cannot deactivate your own account. Ask another administrator if it needs to be deactivated.</p>
      ) : confirming ? (
        <ConfirmPanel
          heading={user.isActive ? `Are you sure you want to deactivate ${user.name}'s account?` : `Are you sure you want to reactivate ${user.name}'s account?`}
        >
          {change.isError && <ErrorSummary key={change.submittedAt} items={describeFormError(change.error, {}).summary} />}
          <p className="govuk-body">
            {user.isActive
              ? 'They will be signed out straight away and will not be able to sign in until an administrator reactivates the account. Their actions, updates and history stay.'
              : 'They will be able to sign in again with their existing password, with the rights of the bodies they belong to. If they had not set a password yet, resend their invitation from the People page: the earlier link no longer works.'}
          </p>
          <div className="govuk-button-group">
            <button
              type="button"
              className={user.isActive ? 'govuk-button govuk-button--warning' : 'govuk-button'}
              disabled={change.isPending}
              onClick={confirm}
            >
              {user.isActive ? 'Yes, deactivate account' : 'Yes, reactivate account'}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </ConfirmPanel>
      ) : (
        <button
          type="button"
          id={triggerId}
          className={user.isActive ? 'govuk-button govuk-button--warning' : 'govuk-button govuk-button--secondary'}
          onClick={() => setConfirming(true)}
        >
          {user.isActive ? 'Deactivate account' : 'Reactivate account'}
        </button>
      )}
    </>
  );
}

function ConfirmPanel({ heading, children }: { heading: string; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (headingRef.current) focusProgrammatically(headingRef.current);
  }, []);
  return (
    <div className="app-confirm-panel">
      <h3 className="govuk-heading-m" ref={headingRef}>
        {heading}
      </h3>
      {children}
    </div>
  );
}
