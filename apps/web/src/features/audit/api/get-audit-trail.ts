import type { AuditEventRow, Page } from '@steerline/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditQueryString, type AuditFilters } from '../utils/audit-filters';

/** Recorded changes, newest first; administrators only (403 for anyone else). */
export const getAuditTrail = (filters: AuditFilters) => apiClient.get<Page<AuditEventRow>>(`/audit?${auditQueryString(filters)}`);

export const auditTrailQueryOptions = (filters: AuditFilters) =>
  queryOptions({ queryKey: ['audit', filters], queryFn: () => getAuditTrail(filters), placeholderData: keepPreviousData, staleTime: 0 });

export const useAuditTrail = (filters: AuditFilters) => useQuery(auditTrailQueryOptions(filters));
