import type { PasswordResetRequest } from '@steerline/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Answered 202 whether or not the address has an account. */
export const requestReset = (request: PasswordResetRequest) => apiClient.post<void>('/account/password-reset', request);

export const useRequestReset = () => useMutation({ mutationFn: requestReset });
