import type { ChangePasswordRequest } from '@steerline/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const changePassword = (request: ChangePasswordRequest) => apiClient.put<void>('/account/password', request);

export const useChangePassword = () => useMutation({ mutationFn: changePassword });
