import { permissionsFor, type BodyKind, type MeResponse, type Role } from '@steerline/contracts';
import type { User } from './user.entity.js';

/** What a MeResponse is made of: a user with its bodies and partner, as an entity or as one row of SIGNED_IN_USER_SQL. */
export type MeSource = Pick<User, 'id' | 'email' | 'name' | 'isAdmin'> & {
  partner?: { id: string; name: string } | null;
  bodies?: { id: string; name: string; kind: BodyKind }[];
};

export function toMeResponse(user: MeSource): MeResponse {
  const bodies = (user.bodies ?? [])
    .map(({ id, name, kind }) => ({ id, name, kind }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const roles: Role[] = [...bodies.map((body) => body.kind), ...(user.isAdmin ? (['admin'] as const) : [])];
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    partner: user.partner ? { id: user.partner.id, name: user.partner.name } : null,
    bodies,
    permissions: permissionsFor(roles),
  };
}
