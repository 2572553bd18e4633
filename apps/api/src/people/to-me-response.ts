import { permissionsFor, type MeResponse, type Role } from '@steerline/contracts';
import type { User } from './user.entity.js';

export function toMeResponse(user: User): MeResponse {
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
