import type { MeResponse } from '@steerline/contracts';
import { vi } from 'vitest';

export interface FakeAnswer {
  status: number;
  body?: unknown;
}

type Route = `${'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'} ${string}`;

/** Stands in for the API server, which is outside the web app: answers by method and path, and records the requests. */
export function fakeApi(routes: Record<Route, FakeAnswer | (() => FakeAnswer)>) {
  const requests: { route: string; body: unknown }[] = [];
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const route = `${init?.method ?? 'GET'} ${url}`;
    requests.push({ route, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const found = routes[route as Route];
    if (!found) throw new Error(`The fake API has no answer for ${route}`);
    const { status, body } = typeof found === 'function' ? found() : found;
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { requests };
}

/** GET /api/auth/session when no one is signed in. */
export const signedOut: FakeAnswer = { status: 200, body: { signedIn: false } };

/** GET /api/auth/session when this user is signed in. */
export const signedInAs = (me: MeResponse): FakeAnswer => ({ status: 200, body: { signedIn: true, me } });
