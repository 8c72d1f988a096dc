import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useAuth } from './auth';
import { LogoutMutation } from './session.graphql';

/** How long signing out waits for the server before it ends the session locally anyway. */
export const LOGOUT_WAIT_MS = 3000;

/** Ends the session on the server, then locally: token gone, WebSocket closed, back to sign-in. */
export function useSignOut() {
  const [, logout] = useMutation(LogoutMutation);
  const { signOut } = useAuth();
  const navigate = useNavigate();
  return useCallback(async () => {
    // A failed or slow logout (network down, server busy, token already expired) must not keep
    // the user signed in: after LOGOUT_WAIT_MS the request goes on alone and the token is dropped.
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      logout({}).catch(() => undefined),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, LOGOUT_WAIT_MS);
      }),
    ]);
    clearTimeout(timer);
    signOut();
    navigate('/login', { replace: true });
  }, [logout, signOut, navigate]);
}
