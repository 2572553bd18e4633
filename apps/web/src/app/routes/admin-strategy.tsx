import type { Strategy } from '@steerline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useFocusHeadingIfLost } from '../../components/focus-heading';
import { Link } from 'react-router';
import { StaleVersionNotice, useReloadLatest } from '../../components/stale-version-notice';
import { SuccessBanner } from '../../components/success-banner';
import { strategyQueryOptions, useStrategy } from '../../features/strategy/api/get-strategy';
import { useSaveStrategy } from '../../features/strategy/api/save-strategy';
import { STRATEGY_FIELD_IDS, StrategyForm } from '../../features/strategy/components/strategy-form';
import { useDocumentTitle } from '../../lib/document-title';
import { isStaleVersion } from '../../lib/form-errors';
import { FRESH, forNewChoices, useBodies } from '../../lib/lookups/lookups';
import { AdminOnly } from './admin-only';
import { ServiceProblemPage } from './service-problem';

export function StrategyPage() {
  return (
    <AdminOnly>
      <StrategyLoader />
    </AdminOnly>
  );
}

function StrategyLoader() {
  const strategy = useStrategy();
  const bodies = useBodies(FRESH);
  const failed = strategy.isError || bodies.isError;
  useDocumentTitle(failed ? 'Sorry, there is a problem with the service' : strategy.data ? 'The strategy' : 'Set up the strategy');
  if (failed) return <ServiceProblemPage />;
  if (strategy.isPending || bodies.isPending) return <p className="govuk-body">Loading…</p>;
  const owners = forNewChoices(bodies.data, strategy.data?.owningBody ? [strategy.data.owningBody.id] : []);
  return <StrategyEditor strategy={strategy.data} bodies={owners} />;
}

/** Sets the strategy up when there is none; afterwards, changes it (a stale save is refused, never overwrites). */
function StrategyEditor({ strategy, bodies }: { strategy: Strategy | null; bodies: Parameters<typeof StrategyForm>[0]['bodies'] }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(headingRef);
  const save = useSaveStrategy(strategy?.id);
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<{ text: string; key: number } | null>(null);
  const stale = save.isError && isStaleVersion(save.error);
  const { reload, reloading } = useReloadLatest({
    refetch: () => queryClient.refetchQueries({ queryKey: strategyQueryOptions().queryKey, exact: true }),
    onReloaded: () => save.reset(),
    focusId: STRATEGY_FIELD_IDS.title,
  });
  return (
    <>
      <Link className="govuk-back-link" to="/admin/setup">
        Back to set up
      </Link>
      {saved && <SuccessBanner key={saved.key} heading={saved.text} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l" ref={headingRef}>{strategy ? 'The strategy' : 'Set up the strategy'}</h1>
          {!strategy && <p className="govuk-body">Steerline holds one strategy. Its priorities, governance bodies and population segments come next.</p>}
          {stale && <StaleVersionNotice what="strategy" onReload={reload} reloading={reloading} />}
          <StrategyForm
            key={strategy?.version ?? 0}
            strategy={strategy ?? undefined}
            bodies={bodies}
            submitText={strategy ? 'Save changes' : 'Set up the strategy'}
            pending={save.isPending}
            error={save.isError && !stale ? save.error : undefined}
            attempt={save.submittedAt}
            onSubmit={(request) =>
              save.mutate(strategy ? { version: strategy.version, ...request } : request, {
                onSuccess: (next) =>
                  setSaved((previous) => ({ text: strategy ? `${next.title} has been updated` : `${next.title} has been set up`, key: (previous?.key ?? 0) + 1 })),
              })
            }
          />
          {strategy && (
            <p className="govuk-body">
              <Link className="govuk-link" to="/admin/priorities">
                Priorities
              </Link>{' '}
              ·{' '}
              <Link className="govuk-link" to="/admin/bodies">
                Governance bodies
              </Link>
            </p>
          )}
        </div>
      </div>
    </>
  );
}
