import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { createApiClient } from './apiClient';
import { TOKEN_KEY, tokenStore } from './token';

interface AuthContextValue {
  token: string | null;
  /** True after the server rejected the token, so the sign-in page can say why. */
  expired: boolean;
  /** The server's reason for rejecting it, when it gave one (e.g. COMPANY_SUSPENDED). */
  refusal: string | null;
  signIn(token: string): void;
  signOut(options?: { expired?: boolean; refusal?: string | null }): void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = use(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState(tokenStore.get);
  const [expired, setExpired] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // Bumped when the API closed the socket for changed rights: a new client re-reads everything.
  const [generation, setGeneration] = useState(0);
  const lastRebuild = useRef(0);

  const signIn = useCallback((next: string) => {
    tokenStore.set(next);
    setExpired(false);
    setRefusal(null);
    setToken(next);
  }, []);

  const signOut = useCallback((options?: { expired?: boolean; refusal?: string | null }) => {
    tokenStore.clear();
    setExpired(Boolean(options?.expired));
    setRefusal(options?.refusal ?? null);
    setToken(null);
  }, []);

  // Signing in or out in another tab applies here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === TOKEN_KEY) setToken(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` only forces a new client
  const api = useMemo(
    () =>
      createApiClient(
        token,
        (reason) => {
          // A client of a replaced token (after switchCompany) must not end the new session.
          if (tokenStore.get() === token) signOut({ expired: true, refusal: reason });
        },
        () => {
          if (tokenStore.get() !== token) return;
          // At most one rebuild per 10 s: a server that keeps refusing a valid session's socket
          // must not turn into a tight loop of `me` checks.
          const wait = Math.max(0, lastRebuild.current + 10_000 - Date.now());
          setTimeout(() => {
            lastRebuild.current = Date.now();
            setGeneration((g) => g + 1);
          }, wait);
        },
      ),
    [token, signOut, generation],
  );
  // Replacing the client (sign-out, new token) closes the previous WebSocket.
  useEffect(() => () => api.dispose(), [api]);

  const value = useMemo(
    () => ({ token, expired, refusal, signIn, signOut }),
    [token, expired, refusal, signIn, signOut],
  );
  return (
    <AuthContext value={value}>
      <UrqlProvider value={api.client}>{children}</UrqlProvider>
    </AuthContext>
  );
}
