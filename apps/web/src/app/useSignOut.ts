import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useAuth } from './auth';
import { LogoutMutation } from './session.graphql';

/** Ends the session on the server, then locally: token gone, WebSocket closed, back to sign-in. */
export function useSignOut() {
  const [, logout] = useMutation(LogoutMutation);
  const { signOut } = useAuth();
  const navigate = useNavigate();
  return useCallback(async () => {
    // A failed logout (network down, token already expired) must not keep the user signed in.
    await logout({}).catch(() => undefined);
    signOut();
    navigate('/login', { replace: true });
  }, [logout, signOut, navigate]);
}
