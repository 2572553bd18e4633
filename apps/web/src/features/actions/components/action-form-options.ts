import { Permission, type MeResponse } from '@steerline/contracts';
import { forNewChoices, useBodies, usePartners, usePeople, usePriorities, useSegments } from '../../../lib/lookups/lookups';
import type { ActionFormOptions } from './action-form';

/** Whether the user may place an action in any body, or (an external steering group member) only in their own. */
export const mayUseAnyBody = (me: Pick<MeResponse, 'permissions'>) =>
  me.permissions.includes(Permission.ActionCreate) || me.permissions.includes(Permission.ActionEdit);

export const mayCreateActions = (me: Pick<MeResponse, 'permissions'>) =>
  mayUseAnyBody(me) || me.permissions.includes(Permission.ActionEditOwnBody);

/** The ids an edited action points at already: retired ones among them stay on offer for it. */
export interface CurrentChoices {
  priorityId: string;
  owningBodyId: string;
  segmentIds: string[];
}

/**
 * The choices of the action form, or the state of loading them. Bodies are only those the user may choose; retired
 * priorities, bodies and segments are left out unless the action being edited has them already.
 */
export function useActionFormOptions(me: Pick<MeResponse, 'permissions' | 'bodies'>, current?: CurrentChoices):
  | { status: 'pending'; options?: undefined }
  | { status: 'error'; options?: undefined }
  | { status: 'success'; options: ActionFormOptions } {
  const queries = { priorities: usePriorities(), people: usePeople(), bodies: useBodies(), partners: usePartners(), segments: useSegments() };
  const all = Object.values(queries);
  if (all.some((query) => query.isError)) return { status: 'error' };
  const { priorities, people, bodies, partners, segments } = queries;
  if (!priorities.data || !people.data || !bodies.data || !partners.data || !segments.data) return { status: 'pending' };
  const ownBodies = new Set(me.bodies.map((body) => body.id));
  const liveBodies = forNewChoices(bodies.data, current ? [current.owningBodyId] : []);
  return {
    status: 'success',
    options: {
      priorities: forNewChoices(priorities.data, current ? [current.priorityId] : []),
      people: people.data,
      bodies: mayUseAnyBody(me) ? liveBodies : liveBodies.filter((body) => ownBodies.has(body.id)),
      partners: partners.data,
      segments: forNewChoices(segments.data, current?.segmentIds),
    },
  };
}
