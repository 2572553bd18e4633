import { BodyKind, type MeResponse, Permission } from '@steerline/contracts';
import { useState } from 'react';
import { SuccessBanner } from '../../components/success-banner';
import { ChangePasswordForm } from '../../features/accounts/components/change-password-form';
import { WeeklyEmailForm } from '../../features/accounts/components/weekly-email-form';
import { useStrategy } from '../../features/strategy/api/get-strategy';
import { ReportEmails } from '../../features/subscriptions/components/report-emails';
import { useMe } from '../../features/auth/api/get-me';
import { TwoFactorSummary } from '../../features/auth/components/two-factor-summary';
import { YourBodies } from '../../features/auth/components/your-bodies';
import { useDocumentTitle } from '../../lib/document-title';

const ROLE_NAMES: Record<BodyKind, string> = {
  [BodyKind.LeadershipTeam]: 'Leadership team member',
  [BodyKind.ChannelShiftBoard]: 'Board member',
  [BodyKind.InternalWorkingGroup]: 'Working group member',
  [BodyKind.ExternalSteeringGroup]: 'Steering group member',
};

/** The roles a person's rights follow from: administrator, and one per kind of body they belong to. */
function rolesOf(me: MeResponse): string[] {
  const kinds = [...new Set(me.bodies.map((body) => body.kind))];
  return [...(me.isAdmin ? ['Administrator'] : []), ...kinds.map((kind) => ROLE_NAMES[kind])];
}

/** "Your account": who you are in Steerline, your bodies and roles, and changing your password. */
export function AccountPage() {
  const { data: me } = useMe();
  const strategy = useStrategy(me?.permissions.includes(Permission.PlanRead) ?? false);
  const [changed, setChanged] = useState(0);
  useDocumentTitle('Your account');
  if (!me) return null;
  const roles = rolesOf(me);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {changed > 0 && <SuccessBanner key={changed} heading="Your password has been changed. You have been signed out everywhere else." />}
        <h1 className="govuk-heading-l">Your account</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Name</dt>
            <dd className="govuk-summary-list__value">{me.name}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Email address</dt>
            <dd className="govuk-summary-list__value app-break-words">{me.email}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Partner organisation</dt>
            <dd className="govuk-summary-list__value">{me.partner?.name ?? 'None'}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Roles</dt>
            <dd className="govuk-summary-list__value">
              {roles.length === 0 ? (
                'None yet'
              ) : (
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {roles.map((role) => (
                    <li key={role}>{role}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
        <h2 className="govuk-heading-m">Your governance bodies</h2>
        <YourBodies bodies={me.bodies} />
        <p className="govuk-body">An administrator changes your name, bodies and roles. Ask them if something here is wrong.</p>
        <WeeklyEmailForm />
        {strategy.data && <ReportEmails strategies={[{ id: strategy.data.id, title: strategy.data.title }]} />}
        <TwoFactorSummary />
        <ChangePasswordForm email={me.email} onChanged={() => setChanged((count) => count + 1)} />
      </div>
    </div>
  );
}
