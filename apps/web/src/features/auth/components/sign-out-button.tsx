import { useNavigate } from 'react-router';
import { useSignOut } from '../api/sign-out';

export interface SignedOutState {
  signedOut: true;
}

export function SignOutButton({ className }: { className: string }) {
  const navigate = useNavigate();
  // flushSync: the sign-in page must be on screen before the user is forgotten, or the page being left would redirect first.
  const signOut = useSignOut(() => navigate('/sign-in', { state: { signedOut: true } satisfies SignedOutState, flushSync: true }));
  return (
    <button type="button" className={className} onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      Sign out
    </button>
  );
}
