import { permissionsFor, type BodyKind, type MeResponse, type Role } from '@steerline/contracts';

/** What a MeResponse is made of: a user with its bodies and partner, as one row of the signed-in user query. */
export interface MeSource {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  partner?: { id: string; name: string } | null;
  bodies?: { id: string; name: string; kind: BodyKind }[];
}

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
