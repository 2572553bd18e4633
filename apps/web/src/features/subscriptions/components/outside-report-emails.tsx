import { useOutsideSubscriptions, useStopAddress, useSubscribeAddress } from '../api/subscriptions';
import { type StrategyOption, SubscribeForm, SubscriptionsTable } from './report-emails';

/** Administrators: report digests for addresses outside Steerline (a councillors' mailbox), added and stopped here. */
export function OutsideReportEmails({ strategies }: { strategies: StrategyOption[] }) {
  const subscriptions = useOutsideSubscriptions();
  const stop = useStopAddress();
  const subscribe = useSubscribeAddress();
  return (
    <>
      <SubscriptionsTable query={subscriptions} stop={stop} caption="Report e-mails to outside addresses" none="No outside address gets report e-mails." showEmail />
      <h2 className="govuk-heading-m">Add an outside address</h2>
      <SubscribeForm strategies={strategies} send={subscribe} withEmail />
    </>
  );
}
