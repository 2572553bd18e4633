import type { BodyDetail, BodySummary } from '@steerline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useFocusHeadingIfLost } from '../../components/focus-heading';
import { Link, useNavigate, useParams } from 'react-router';
import { StaleVersionNotice, useReloadLatest } from '../../components/stale-version-notice';
import { bodyQueryOptions, useBody } from '../../features/strategy/api/get-body';
import { useRetireBody, useSaveBody } from '../../features/strategy/api/save-body';
import { BODY_FIELD_IDS, BodyForm } from '../../features/strategy/components/body-form';
import { BodyMembers } from '../../features/strategy/components/body-members';
import { RetireSection } from '../../features/strategy/components/retire-section';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { isStaleVersion } from '../../lib/form-errors';
import { FRESH, forNewChoices, useBodies } from '../../lib/lookups/lookups';
import { AdminOnly } from './admin-only';
import { QueryPage } from '../query-page';
import { ServiceProblemPage } from './service-problem';

/** /admin/bodies/new adds one; /admin/bodies/:id shows its members and changes or retires it. */
export function BodyPage() {
  return (
    <AdminOnly>
      <BodyLoader />
    </AdminOnly>
  );
}

function BodyLoader() {
  const { id } = useParams();
  return id ? <ExistingBody id={id} /> : <BodyEditor />;
}

function ExistingBody({ id }: { id: string }) {
  const body = useBody(id);
  return <QueryPage query={body}>{(data) => <BodyEditor key={data.id} body={data} />}</QueryPage>;
}

function BodyEditor({ body }: { body?: BodyDetail }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(headingRef);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const bodies = useBodies(FRESH);
  const save = useSaveBody(body?.id);
  const retire = useRetireBody(body?.id ?? '');
  const stale = (save.isError && isStaleVersion(save.error)) || (retire.isError && isStaleVersion(retire.error));
  const { reload, reloading } = useReloadLatest({
    refetch: () => queryClient.refetchQueries({ queryKey: bodyQueryOptions(body?.id ?? '').queryKey, exact: true }),
    onReloaded: () => {
      save.reset();
      retire.reset();
    },
    focusId: BODY_FIELD_IDS.name,
  });
  useDocumentTitle(bodies.isError ? 'Sorry, there is a problem with the service' : body ? body.name : 'Add a governance body');
  if (bodies.isError) return <ServiceProblemPage />;
  const parents: BodySummary[] = forNewChoices(bodies.data ?? [], body?.reportsTo ? [body.reportsTo.id] : []).filter((parent) => parent.id !== body?.id);
  const done = (flash: string) => navigate('/admin/bodies', { state: { flash } satisfies FlashState });
  return (
    <>
      <Link className="govuk-back-link" to="/admin/bodies">
        Back to governance bodies
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l" ref={headingRef}>{body ? body.name : 'Add a governance body'}</h1>
          {body?.retired && <p className="govuk-inset-text">This body is retired: new actions cannot choose it.</p>}
          {stale && <StaleVersionNotice what="body" onReload={reload} reloading={reloading} />}
          {bodies.isPending ? (
            <p className="govuk-body">Loading…</p>
          ) : (
            <BodyForm
              key={body?.version ?? 0}
              body={body}
              parents={parents}
              submitText={body ? 'Save changes' : 'Add body'}
              pending={save.isPending}
              error={save.isError && !stale ? save.error : undefined}
              attempt={save.submittedAt}
              onSubmit={(request) =>
                save.mutate(body ? { version: body.version, ...request } : request, {
                  onSuccess: (saved) => done(`${saved.name} has been ${body ? 'updated' : 'added'}`),
                })
              }
            />
          )}
          {body && <BodyMembers members={body.members} />}
          {body && !body.retired && (
            <RetireSection
              what="body"
              name={body.name}
              pending={retire.isPending}
              error={retire.isError && !stale ? retire.error : undefined}
              attempt={retire.submittedAt}
              onRetire={() => retire.mutate({ version: body.version }, { onSuccess: (retired) => done(`${retired.name} has been retired`) })}
            />
          )}
        </div>
      </div>
    </>
  );
}
