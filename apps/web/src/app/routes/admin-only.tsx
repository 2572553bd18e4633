import { Permission } from '@steerline/contracts';
import type { ReactNode } from 'react';
import { NoPermission } from '../../components/no-permission';
import { useMe } from '../../features/auth/api/get-me';

/** The set-up pages are for administrators; anyone else is told so rather than shown a failing page. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { data: me } = useMe();
  if (!me?.permissions.includes(Permission.AdminManage)) return <NoPermission />;
  return children;
}
