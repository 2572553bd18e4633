/** The audit trail's filters as the page keeps them in its address, so a filtered view can be bookmarked and shared. */
export interface AuditFilters {
  entityType?: string;
  operation?: string;
  /** The id of the person who made the change. */
  actor?: string;
  /** ISO `YYYY-MM-DD`, inclusive, UTC. */
  from?: string;
  to?: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 25;

const TEXT_FILTERS = ['entityType', 'operation', 'actor', 'from', 'to'] as const;
type TextFilter = (typeof TEXT_FILTERS)[number];

/** Reads the filters from the address; blank values mean "any", and a missing or odd page number means the first page. */
export function filtersFromSearchParams(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = { page: 1 };
  for (const name of TEXT_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) filters.page = page;
  return filters;
}

/** The address form of the filters: only the ones set, and no page number for the first page. */
export function filtersToSearchParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of TEXT_FILTERS) {
    const value = filters[name]?.trim();
    if (value) params.set(name, value);
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The filters a submitted filter form asks for, back on the first page. */
export function filtersFromForm(form: FormData): AuditFilters {
  const filters: AuditFilters = { page: 1 };
  for (const name of TEXT_FILTERS) {
    const value = form.get(name);
    if (typeof value === 'string' && value.trim()) filters[name] = value.trim();
  }
  return filters;
}

/** The API's query string for these filters: GET /api/audit?... */
export function auditQueryString(filters: AuditFilters): string {
  const params = filtersToSearchParams(filters);
  params.set('page', String(filters.page));
  params.set('pageSize', String(AUDIT_PAGE_SIZE));
  return params.toString();
}

export const hasFilters = (filters: AuditFilters): boolean => TEXT_FILTERS.some((name: TextFilter) => filters[name] !== undefined);
