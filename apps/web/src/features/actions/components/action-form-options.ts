import { Permission, type MeResponse } from '@steerline/contracts';
import { useBodies, usePartners, usePeople, usePriorities, useSegments } from '../../../lib/lookups/lookups';
import type { ActionFormOptions } from './action-form';

/** Whether the user may place an action in any body, or (an external steering group member) only in their own. */
export const mayUseAnyBody = (me: Pick<MeResponse, 'permissions'>) =>
  me.permissions.includes(Permission.ActionCreate) || me.permissions.includes(Permission.ActionEdit);

export const mayCreateActions = (me: Pick<MeResponse, 'permissions'>) =>
  mayUseAnyBody(me) || me.permissions.includes(Permission.ActionEditOwnBody);

/** The choices of the action form, or the state of loading them. Bodies are only those the user may choose. */
export function useActionFormOptions(me: Pick<MeResponse, 'permissions' | 'bodies'>):
  | { status: 'pending'; options?: undefined }
  | { status: 'error'; options?: undefined }
  | { status: 'success'; options: ActionFormOptions } {
  const queries = { priorities: usePriorities(), people: usePeople(), bodies: useBodies(), partners: usePartners(), segments: useSegments() };
  const all = Object.values(queries);
  if (all.some((query) => query.isError)) return { status: 'error' };
  const { priorities, people, bodies, partners, segments } = queries;
  if (!priorities.data || !people.data || !bodies.data || !partners.data || !segments.data) return { status: 'pending' };
  const ownBodies = new Set(me.bodies.map((body) => body.id));
  return {
    status: 'success',
    options: {
      priorities: priorities.data,
      people: people.data,
      bodies: mayUseAnyBody(me) ? bodies.data : bodies.data.filter((body) => ownBodies.has(body.id)),
      partners: partners.data,
      segments: segments.data,
    },
  };
}
