import type { MeResponse, SessionResponse } from '@steerline/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiClient } from './api-client';

/** The signed-in user, or null when there is no session: asked of /auth/session, which answers 200 either way. */
export async function getMe(): Promise<MeResponse | null> {
  const session = await apiClient.get<SessionResponse>('/auth/session');
  return session.signedIn ? session.me : null;
}

/** One query key for who is signed in, shared by every feature that needs it (sign-in fills it, sign-out clears it). */
export const meQueryOptions = () => queryOptions({ queryKey: ['me'], queryFn: getMe });
