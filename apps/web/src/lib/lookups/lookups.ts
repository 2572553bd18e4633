import type { BodySummary, PartnerSummary, PersonRef, Priority, Segment } from '@steerline/contracts';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '../api-client';
import { DEFAULT_STALE_TIME } from '../query-client';

/**
 * The lists the app looks things up in: owners and bodies in pickers, filters, names in the audit trail. Several
 * features show them, so they live here, each with ONE query key: a change made anywhere invalidates that key and
 * every screen showing the list refreshes. The `lookups` prefix keeps them apart from a feature's own queries (a
 * partner's detail, the coverage view), which have keys of their own.
 */
export const lookupKeys = {
  people: ['lookups', 'people'],
  bodies: ['lookups', 'bodies'],
  priorities: ['lookups', 'priorities'],
  segments: ['lookups', 'segments'],
  partners: ['lookups', 'partners'],
} as const;

export type Lookup = keyof typeof lookupKeys;

/**
 * Lookups change rarely and every change made in this app invalidates them, so pickers and filters reuse them for
 * five minutes. A page that manages one of them may ask for it fresher; the key, and so the cache entry, stay the same.
 */
export const LOOKUP_STALE_TIME = 5 * 60_000;

export interface LookupOverrides {
  staleTime?: number;
}

/** As fresh as any page's own data: for the pages that manage these records, or name them in the audit trail. */
export const FRESH: LookupOverrides = { staleTime: DEFAULT_STALE_TIME };

/** Fetches the named lookups again wherever they are shown: what a mutation that changes one of them calls. */
export const invalidateLookups = (queryClient: QueryClient, ...lookups: Lookup[]) =>
  Promise.all(lookups.map((lookup) => queryClient.invalidateQueries({ queryKey: lookupKeys[lookup] })));

const lookupOptions = <T>(lookup: Lookup, path: string) =>
  queryOptions({ queryKey: lookupKeys[lookup], queryFn: () => apiClient.get<T[]>(path), staleTime: LOOKUP_STALE_TIME });

/** Active people. */
export const peopleQueryOptions = () => lookupOptions<PersonRef>('people', '/people');
export const usePeople = (overrides?: LookupOverrides) => useQuery({ ...peopleQueryOptions(), ...overrides });

/** The governance bodies, with how many active members each has. */
export const bodiesQueryOptions = () => lookupOptions<BodySummary>('bodies', '/bodies');
export const useBodies = (overrides?: LookupOverrides) => useQuery({ ...bodiesQueryOptions(), ...overrides });

/** The strategy's priorities, live ones first in display order, retired ones after. */
export const prioritiesQueryOptions = () => lookupOptions<Priority>('priorities', '/priorities');
export const usePriorities = (overrides?: LookupOverrides) => useQuery({ ...prioritiesQueryOptions(), ...overrides });

/** Population segments. */
export const segmentsQueryOptions = () => lookupOptions<Segment>('segments', '/segments');
export const useSegments = (overrides?: LookupOverrides) => useQuery({ ...segmentsQueryOptions(), ...overrides });

/** Partner organisations, with how many live actions each works on. */
export const partnersQueryOptions = () => lookupOptions<PartnerSummary>('partners', '/partners');
export const usePartners = (overrides?: LookupOverrides) => useQuery({ ...partnersQueryOptions(), ...overrides });

/**
 * What a picker for a new choice offers: the records that are not retired, plus any retired one the record being
 * edited points at already (it may stay; it may not be chosen anew). Lists, filters and history keep retired ones.
 */
export const forNewChoices = <T extends { id: string; retired: boolean }>(items: readonly T[], keptIds: readonly string[] = []): T[] =>
  items.filter((item) => !item.retired || keptIds.includes(item.id));
