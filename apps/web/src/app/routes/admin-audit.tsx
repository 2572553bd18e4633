import { Permission } from '@steerline/contracts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { NoPermission } from '../../components/no-permission';
import { useAuditTrail } from '../../features/audit/api/get-audit-trail';
import { AUDIT_FILTER_IDS, AuditFilterForm } from '../../features/audit/components/audit-filter-form';
import { AuditTable } from '../../features/audit/components/audit-table';
import { Pagination } from '../../components/pagination';
import { AUDIT_PAGE_SIZE, filtersFromSearchParams, filtersToSearchParams, hasFilters } from '../../features/audit/utils/audit-filters';
import { totalPages } from '../../components/page-items';
import { useMe } from '../../features/auth/api/get-me';
import { useAdminUsers } from '../../features/people/api/get-admin-users';
import { FRESH, useBodies, usePartners, useSegments } from '../../lib/lookups/lookups';
import { useDocumentTitle } from '../../lib/document-title';
import { ApiError } from '../../lib/api-client';
import { describeFormError, isForbidden } from '../../lib/form-errors';
import { ServiceProblemPage } from './service-problem';

export function AuditTrailPage() {
  const { data: me } = useMe();
  if (!me?.permissions.includes(Permission.AdminManage)) return <NoPermission />;
  return <AuditTrail />;
}

function AuditTrail() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const filters = useMemo(() => filtersFromSearchParams(new URLSearchParams(search)), [search]);
  const trail = useAuditTrail(filters);
  const users = useAdminUsers();
  const bodies = useBodies(FRESH);
  const partners = usePartners(FRESH);
  const segments = useSegments(FRESH);

  /** People, bodies, partners and segments by id, so recorded changes show names rather than ids. */
  const names = useMemo(
    () =>
      new Map([...(users.data ?? []), ...(bodies.data ?? []), ...(partners.data ?? []), ...(segments.data ?? [])].map(({ id, name }) => [id, name] as const)),
    [users.data, bodies.data, partners.data, segments.data],
  );

  const invalidFilters = trail.error instanceof ApiError && trail.error.status === 400;
  const filterErrors = invalidFilters ? describeFormError(trail.error, AUDIT_FILTER_IDS) : undefined;
  const forbidden = isForbidden(trail.error) || isForbidden(users.error);
  const failed = !forbidden && !invalidFilters && (trail.isError || users.isError);
  useDocumentTitle(filterErrors ? 'Error: Audit trail' : 'Audit trail');

  if (forbidden) return <NoPermission />;
  if (failed) return <ServiceProblemPage />;

  const page = trail.data;
  const pages = page ? totalPages(page.total, AUDIT_PAGE_SIZE) : 1;
  const first = page && page.total > 0 ? (page.page - 1) * page.pageSize + 1 : 0;
  const last = page ? Math.min(page.page * page.pageSize, page.total) : 0;
  const caption = page
    ? page.total === 0
      ? 'No changes'
      : `Showing ${first} to ${last} of ${page.total} ${page.total === 1 ? 'change' : 'changes'}${hasFilters(filters) ? ' matching the filters' : ''}, newest first`
    : '';

  return (
    <>
      {filterErrors && <ErrorSummary key={`errors:${search}`} items={filterErrors.summary} />}
      <h1 className="govuk-heading-l">Audit trail</h1>
      <p className="govuk-body">Every change to the plan and its records: who made it, when, and each changed field before and after.</p>
      {users.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : (
        <AuditFilterForm
          key={`filters:${search}`}
          filters={filters}
          people={users.data ?? []}
          errors={filterErrors}
          onApply={(next) => setSearchParams(filtersToSearchParams(next))}
        />
      )}
      {invalidFilters ? null : trail.isPending || !page ? (
        <p className="govuk-body">Loading changes…</p>
      ) : (
        <>
          <AuditTable events={page.items} names={names} caption={caption} />
          <Pagination
            current={page.page}
            totalPages={pages}
            hrefFor={(number) => {
              const params = filtersToSearchParams({ ...filters, page: number });
              return params.size > 0 ? `/admin/audit?${params}` : '/admin/audit';
            }}
          />
        </>
      )}
    </>
  );
}
