import type { DigestFrequency, ReportSubscription } from '@steerline/contracts';
import { useId, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-client';
import { useMySubscriptions, useSubscribe, useUnsubscribeMine } from '../api/subscriptions';

const FREQUENCY_WORDS: Record<DigestFrequency, string> = { weekly: 'Weekly, on Mondays', monthly: 'Monthly, on the 1st' };
const WHOLE_PLAN = 'corporate-plan';

const scopeOf = (subscription: ReportSubscription) => subscription.strategy?.name ?? 'The whole Corporate Plan';

/** "Report e-mails" on the account page: the digests a person gets, with Stop, and a form to subscribe to another. */
export function ReportEmails({ strategies }: { strategies: { id: string; title: string }[] }) {
  const subscriptions = useMySubscriptions();
  const stop = useUnsubscribeMine();
  return (
    <section aria-labelledby="report-emails-heading">
      <h2 className="govuk-heading-m" id="report-emails-heading">Report e-mails</h2>
      <p className="govuk-body">
        A digest of RAG status, progress updates, escalations and decisions, and the report of each review when it is signed off (as a PDF).
      </p>
      {subscriptions.isError && <p className="govuk-body">Sorry, your report e-mails could not be loaded. Try again later.</p>}
      {subscriptions.data && subscriptions.data.length === 0 && <p className="govuk-body">You get no report e-mails.</p>}
      {subscriptions.data && subscriptions.data.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Your report e-mails</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Digest of</th>
              <th scope="col" className="govuk-table__header">How often</th>
              <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Stop</span></th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {subscriptions.data.map((subscription) => (
              <tr key={subscription.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">{scopeOf(subscription)}</th>
                <td className="govuk-table__cell">{FREQUENCY_WORDS[subscription.frequency]}</td>
                <td className="govuk-table__cell">
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={stop.isPending} onClick={() => stop.mutate(subscription.id)}>
                    Stop<span className="govuk-visually-hidden"> the {subscription.frequency} digest of {scopeOf(subscription)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SubscribeForm strategies={strategies} />
    </section>
  );
}

function SubscribeForm({ strategies }: { strategies: { id: string; title: string }[] }) {
  const subscribe = useSubscribe();
  const id = useId();
  const [scope, setScope] = useState(strategies[0]?.id ?? WHOLE_PLAN);
  const [frequency, setFrequency] = useState<DigestFrequency>('monthly');
  const [attempt, setAttempt] = useState(0);
  const problem = subscribe.error instanceof ApiError ? subscribe.error.message : subscribe.isError ? 'Sorry, the subscription could not be saved. Try again later.' : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    subscribe.mutate({ strategyId: scope === WHOLE_PLAN ? null : scope, frequency });
  };
  const scopes = [...strategies.map((strategy) => ({ value: strategy.id, label: strategy.title })), { value: WHOLE_PLAN, label: 'The whole Corporate Plan' }];
  return (
    <form onSubmit={submit} noValidate>
      {problem && <ErrorSummary key={attempt} items={[{ text: problem, fieldId: `${id}-scope-0` }]} />}
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Get a digest of</legend>
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {scopes.map((option, index) => (
              <div key={option.value} className="govuk-radios__item">
                <input className="govuk-radios__input" id={`${id}-scope-${index}`} type="radio" name={`${id}-scope`} value={option.value}
                  checked={scope === option.value} onChange={() => setScope(option.value)} />
                <label className="govuk-label govuk-radios__label" htmlFor={`${id}-scope-${index}`}>{option.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">How often</legend>
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {(Object.keys(FREQUENCY_WORDS) as DigestFrequency[]).map((value) => (
              <div key={value} className="govuk-radios__item">
                <input className="govuk-radios__input" id={`${id}-${value}`} type="radio" name={`${id}-frequency`} value={value}
                  checked={frequency === value} onChange={() => setFrequency(value)} />
                <label className="govuk-label govuk-radios__label" htmlFor={`${id}-${value}`}>{FREQUENCY_WORDS[value]}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={subscribe.isPending}>Subscribe</button>
      <p className="govuk-body" role="status">{subscribe.isSuccess && `Subscribed: you will get the ${subscribe.data.frequency} digest of ${scopeOf(subscribe.data)}.`}</p>
    </form>
  );
}
