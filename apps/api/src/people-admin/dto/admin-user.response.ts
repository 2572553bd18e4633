import { type AdminUser, AccountStatus, type BodyKind } from '@steerline/contracts';

export interface AdminUserRow {
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  is_active: boolean;
  has_password: boolean;
  two_factor: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
  partner: { id: string; name: string } | null;
  bodies: { id: string; name: string; kind: BodyKind }[];
}

export const toAdminUser = (row: AdminUserRow): AdminUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  isAdmin: row.is_admin,
  isActive: row.is_active,
  status: !row.is_active ? AccountStatus.Deactivated : row.has_password ? AccountStatus.Active : AccountStatus.Invited,
  twoFactor: row.two_factor,
  partner: row.partner,
  bodies: row.bodies,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** The fields an audit row records for a user; never the password hash. */
export const auditedUser = (user: AdminUser) => ({
  email: user.email,
  name: user.name,
  isAdmin: user.isAdmin,
  isActive: user.isActive,
  partnerId: user.partner?.id ?? null,
  bodyIds: user.bodies.map((body) => body.id).sort(),
});
