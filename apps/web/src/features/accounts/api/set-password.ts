import type { SetPasswordRequest, SetPasswordResponse } from '@steerline/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const setPassword = (request: SetPasswordRequest) => apiClient.post<SetPasswordResponse>('/account/set-password', request);

export const useSetPassword = () => useMutation({ mutationFn: setPassword });
