import type { Priority } from '@steerline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useFocusHeadingIfLost } from '../../components/focus-heading';
import { Link, useNavigate, useParams } from 'react-router';
import { StaleVersionNotice, useReloadLatest } from '../../components/stale-version-notice';
import { useRetirePriority, useSavePriority } from '../../features/strategy/api/save-priority';
import { PRIORITY_FIELD_IDS, PriorityForm } from '../../features/strategy/components/priority-form';
import { RetireSection } from '../../features/strategy/components/retire-section';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { isStaleVersion } from '../../lib/form-errors';
import { FRESH, lookupKeys, usePriorities } from '../../lib/lookups/lookups';
import { AdminOnly } from './admin-only';
import { NotFoundPage } from './not-found';
import { ServiceProblemPage } from './service-problem';

/** /admin/priorities/new adds one; /admin/priorities/:id changes or retires one. */
export function PriorityPage() {
  return (
    <AdminOnly>
      <PriorityLoader />
    </AdminOnly>
  );
}

function PriorityLoader() {
  const { id } = useParams();
  const priorities = usePriorities(FRESH);
  const priority = id ? priorities.data?.find((candidate) => candidate.id === id) : undefined;
  const missing = id !== undefined && priorities.isSuccess && !priority;
  useDocumentTitle(priorities.isError ? 'Sorry, there is a problem with the service' : id ? `Change priority ${priority?.number ?? ''}` : 'Add a priority');
  if (priorities.isError) return <ServiceProblemPage />;
  if (missing) return <NotFoundPage />;
  if (priorities.isPending) return <p className="govuk-body">Loading…</p>;
  return <PriorityEditor priority={priority} />;
}

function PriorityEditor({ priority }: { priority?: Priority }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(headingRef);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const save = useSavePriority(priority?.id);
  const retire = useRetirePriority(priority?.id ?? '');
  const stale = (save.isError && isStaleVersion(save.error)) || (retire.isError && isStaleVersion(retire.error));
  const { reload, reloading } = useReloadLatest({
    refetch: () => queryClient.refetchQueries({ queryKey: lookupKeys.priorities, exact: true }),
    onReloaded: () => {
      save.reset();
      retire.reset();
    },
    focusId: PRIORITY_FIELD_IDS.number,
  });
  const done = (flash: string) => navigate('/admin/priorities', { state: { flash } satisfies FlashState });
  return (
    <>
      <Link className="govuk-back-link" to="/admin/priorities">
        Back to priorities
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l" ref={headingRef}>{priority ? `Change priority ${priority.number}` : 'Add a priority'}</h1>
          {priority?.retired && <p className="govuk-inset-text">This priority is retired: new actions cannot choose it.</p>}
          {stale && <StaleVersionNotice what="priority" onReload={reload} reloading={reloading} />}
          <PriorityForm
            key={priority?.version ?? 0}
            priority={priority}
            submitText={priority ? 'Save changes' : 'Add priority'}
            pending={save.isPending}
            error={save.isError && !stale ? save.error : undefined}
            attempt={save.submittedAt}
            onSubmit={(request) =>
              save.mutate(priority ? { version: priority.version, ...request } : request, {
                onSuccess: (saved) => done(`Priority ${saved.number} has been ${priority ? 'updated' : 'added'}`),
              })
            }
          />
          {priority && !priority.retired && (
            <RetireSection
              what="priority"
              name={`priority ${priority.number}`}
              pending={retire.isPending}
              error={retire.isError && !stale ? retire.error : undefined}
              attempt={retire.submittedAt}
              onRetire={() => retire.mutate({ version: priority.version }, { onSuccess: (retired) => done(`Priority ${retired.number} has been retired`) })}
            />
          )}
        </div>
      </div>
    </>
  );
}
