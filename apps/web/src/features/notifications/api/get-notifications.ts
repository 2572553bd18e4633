import type { NotificationList } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getNotifications = () => apiClient.get<NotificationList>('/notifications');

export const notificationsQueryOptions = () => queryOptions({ queryKey: ['notifications'], queryFn: getNotifications });

export const useNotifications = () => useQuery(notificationsQueryOptions());
