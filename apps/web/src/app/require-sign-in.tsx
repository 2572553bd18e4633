import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../features/auth/api/get-me';
import { ServiceProblemPage } from './routes/service-problem';

export interface ReturnToState {
  from: string;
}

/** Lets only signed-in users through; anyone else is sent to sign in and brought back afterwards. */
export function RequireSignIn() {
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return null;
  if (me.isError) return <ServiceProblemPage />;
  if (me.data === null) {
    const state: ReturnToState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <Outlet />;
}
