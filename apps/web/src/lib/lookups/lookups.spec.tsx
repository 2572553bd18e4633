import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../testing/fake-api';
import { createQueryClient } from '../query-client';
import { FRESH, invalidateLookups, lookupKeys, useBodies, usePeople } from './lookups';

const ALICE = { id: 'a', name: 'Alice Owner' };
const BOB = { id: 'b', name: 'Bob Added' };

describe('lookups', () => {
  it('gives each list one key, so a picker and a managing page share one request and one answer', async () => {
    let people = [ALICE];
    const api = fakeApi({ 'GET /api/people': () => ({ status: 200, body: people }), 'GET /api/bodies': { status: 200, body: [] } });
    const queryClient = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    const screens = renderHook(() => ({ picker: usePeople(), page: usePeople(FRESH), bodies: useBodies() }), { wrapper });
    await waitFor(() => expect(screens.result.current.picker.data).toEqual([ALICE]));
    expect(screens.result.current.page.data).toEqual([ALICE]);
    expect(api.requests.filter(({ route }) => route === 'GET /api/people')).toHaveLength(1);

    people = [ALICE, BOB];
    await invalidateLookups(queryClient, 'people');
    await waitFor(() => expect(screens.result.current.picker.data).toEqual([ALICE, BOB]));
    expect(screens.result.current.page.data).toEqual([ALICE, BOB]);
    expect(api.requests.filter(({ route }) => route === 'GET /api/people')).toHaveLength(2);
    expect(api.requests.filter(({ route }) => route === 'GET /api/bodies')).toHaveLength(1);
  });

  it('keeps the lists apart from each other and from features’ own queries', () => {
    const keys = Object.values(lookupKeys).map((key) => JSON.stringify(key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.values(lookupKeys).every((key) => key[0] === 'lookups')).toBe(true);
  });
});
