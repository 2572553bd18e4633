import { DIGEST_FREQUENCIES, type DigestFrequency, type NewExternalSubscription, type NewReportSubscription, type ReportSubscription } from '@steerline/contracts';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-client';
import { useMySubscriptions, useSubscribe, useUnsubscribeMine } from '../api/subscriptions';

const FREQUENCY_WORDS: Record<DigestFrequency, string> = { weekly: 'Weekly, on Mondays', monthly: 'Monthly, on the 1st' };
const WHOLE_PLAN = 'corporate-plan';

const scopeOf = (subscription: ReportSubscription) => subscription.strategy?.name ?? 'The whole Corporate Plan';

export interface StrategyOption {
  id: string;
  title: string;
}

/** A person's own report e-mails, on the account page: the digests they get, with Stop, and a form for another. */
export function ReportEmails({ strategies }: { strategies: StrategyOption[] }) {
  const subscriptions = useMySubscriptions();
  const stop = useUnsubscribeMine();
  const subscribe = useSubscribe();
  return (
    <section aria-labelledby="report-emails-heading">
      <h2 className="govuk-heading-m" id="report-emails-heading">Report e-mails</h2>
      <p className="govuk-body">
        A digest of RAG status, progress updates, escalations and decisions, and the report of each review when it is signed off (as a PDF).
      </p>
      <SubscriptionsTable query={subscriptions} stop={stop} caption="Your report e-mails" none="You get no report e-mails." />
      <SubscribeForm strategies={strategies} send={subscribe} />
    </section>
  );
}

/** The subscriptions as a table (what, how often, to whom when `showEmail`), each with a Stop button. */
export function SubscriptionsTable({ query, stop, caption, none, showEmail = false }: {
  query: UseQueryResult<ReportSubscription[]>;
  stop: UseMutationResult<void, Error, string>;
  caption: string;
  none: string;
  showEmail?: boolean;
}) {
  if (query.isError) return <p className="govuk-body">Sorry, the report e-mails could not be loaded. Try again later.</p>;
  if (!query.data) return <p className="govuk-body">Loading the report e-mails.</p>;
  if (query.data.length === 0) return <p className="govuk-body">{none}</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {showEmail && <th scope="col" className="govuk-table__header">To</th>}
          <th scope="col" className="govuk-table__header">Digest of</th>
          <th scope="col" className="govuk-table__header">How often</th>
          <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Stop</span></th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {query.data.map((subscription) => (
          <tr key={subscription.id} className="govuk-table__row">
            {showEmail && <td className="govuk-table__cell app-break-words">{subscription.email}</td>}
            <th scope="row" className="govuk-table__header">{scopeOf(subscription)}</th>
            <td className="govuk-table__cell">{FREQUENCY_WORDS[subscription.frequency]}</td>
            <td className="govuk-table__cell">
              <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={stop.isPending} onClick={() => stop.mutate(subscription.id)}>
                Stop<span className="govuk-visually-hidden"> the {subscription.frequency} digest of {scopeOf(subscription)}{showEmail ? ` to ${subscription.email}` : ''}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Subscribe: what the digest covers and how often, and the address when an administrator adds an outside one. */
export function SubscribeForm({ strategies, send, withEmail = false }: {
  strategies: StrategyOption[];
  send: UseMutationResult<ReportSubscription, Error, NewExternalSubscription> | UseMutationResult<ReportSubscription, Error, NewReportSubscription>;
  withEmail?: boolean;
}) {
  const id = useId();
  const [email, setEmail] = useState('');
  const [scope, setScope] = useState(strategies[0]?.id ?? WHOLE_PLAN);
  const [frequency, setFrequency] = useState<DigestFrequency>('monthly');
  const [attempt, setAttempt] = useState(0);
  const fieldErrors = send.error instanceof ApiError ? send.error.fieldErrors : [];
  const emailError = fieldErrors.find((error) => error.field === 'email')?.messages[0];
  const problem = emailError ?? (send.error instanceof ApiError ? send.error.message : send.isError ? 'Sorry, the subscription could not be saved. Try again later.' : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const request = { strategyId: scope === WHOLE_PLAN ? null : scope, frequency };
    (send.mutate as (request: NewExternalSubscription | NewReportSubscription) => void)(withEmail ? { ...request, email } : request);
  };
  const scopes = [...strategies.map((strategy) => ({ value: strategy.id, label: strategy.title })), { value: WHOLE_PLAN, label: 'The whole Corporate Plan' }];
  return (
    <form onSubmit={submit} noValidate>
      {problem && <ErrorSummary key={attempt} items={[{ text: problem, fieldId: emailError ? `${id}-email` : `${id}-scope-0` }]} />}
      {withEmail && (
        <div className={`govuk-form-group${emailError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={`${id}-email`}>Email address</label>
          <div id={`${id}-email-hint`} className="govuk-hint">An address outside Steerline, such as the councillors&apos; shared mailbox.</div>
          {emailError && <p id={`${id}-email-error`} className="govuk-error-message"><span className="govuk-visually-hidden">Error:</span> {emailError}</p>}
          <input className={`govuk-input${emailError ? ' govuk-input--error' : ''}`} id={`${id}-email`} type="email" spellCheck={false} autoComplete="off"
            aria-describedby={`${id}-email-hint${emailError ? ` ${id}-email-error` : ''}`} value={email} onChange={(event) => setEmail(event.target.value)} />
        </div>
      )}
      <RadioGroup legend="Get a digest of" name={`${id}-scope`} idOf={(index) => `${id}-scope-${index}`} options={scopes} value={scope} onChange={setScope} />
      <RadioGroup
        legend="How often"
        name={`${id}-frequency`}
        idOf={(index) => `${id}-frequency-${index}`}
        options={DIGEST_FREQUENCIES.map((value) => ({ value, label: FREQUENCY_WORDS[value] }))}
        value={frequency}
        onChange={(value) => setFrequency(value as DigestFrequency)}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={send.isPending}>Subscribe</button>
      <p className="govuk-body" role="status">
        {send.isSuccess && `Subscribed: ${send.data.external ? send.data.email : 'you'} will get the ${send.data.frequency} digest of ${scopeOf(send.data)}.`}
      </p>
    </form>
  );
}

function RadioGroup({ legend, name, idOf, options, value, onChange }: {
  legend: string;
  name: string;
  idOf: (index: number) => string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
          {options.map((option, index) => (
            <div key={option.value} className="govuk-radios__item">
              <input className="govuk-radios__input" id={idOf(index)} type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
              <label className="govuk-label govuk-radios__label" htmlFor={idOf(index)}>{option.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
