import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { createApiClient } from './apiClient';
import { TOKEN_KEY, tokenStore } from './token';

interface AuthContextValue {
  token: string | null;
  /** True after the server rejected the token, so the sign-in page can say why. */
  expired: boolean;
  signIn(token: string): void;
  signOut(options?: { expired?: boolean }): void;
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

  const signIn = useCallback((next: string) => {
    tokenStore.set(next);
    setExpired(false);
    setToken(next);
  }, []);

  const signOut = useCallback((options?: { expired?: boolean }) => {
    tokenStore.clear();
    setExpired(Boolean(options?.expired));
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

  const api = useMemo(() => createApiClient(token, () => signOut({ expired: true })), [token, signOut]);
  // Replacing the client (sign-out, new token) closes the previous WebSocket.
  useEffect(() => () => api.dispose(), [api]);

  const value = useMemo(() => ({ token, expired, signIn, signOut }), [token, expired, signIn, signOut]);
  return (
    <AuthContext value={value}>
      <UrqlProvider value={api.client}>{children}</UrqlProvider>
    </AuthContext>
  );
}
