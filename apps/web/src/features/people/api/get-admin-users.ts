import type { AdminUser } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Every user, active or not; administrators only (403 for anyone else). */
export const getAdminUsers = () => apiClient.get<AdminUser[]>('/admin/users');

export const adminUsersQueryOptions = () => queryOptions({ queryKey: ['admin-users'], queryFn: getAdminUsers });

export const useAdminUsers = () => useQuery(adminUsersQueryOptions());
