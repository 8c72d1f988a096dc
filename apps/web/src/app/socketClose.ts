/**
 * What the web app does when the API closes its GraphQL WebSocket. The API closes a user's sockets
 * with 4403 when the session is revoked, the user deactivated, the company suspended or the
 * memberships changed: retrying with the same token would either be refused again or carry rights
 * the user no longer has. So on 4403 the app asks the server (over HTTP) whether the session still
 * holds: if not, the user is signed out and the sign-in page says why; if it does (only the
 * memberships changed), the client is rebuilt, so every query and subscription starts again with
 * the rights as they are now. Every other close is retried by graphql-ws with back-off.
 */

/** The close code the API uses for "your rights changed or ended". */
export const REVOKED_CLOSE_CODE = 4403;

/** The answer of the session check: valid, signed out (with the server's reason), or unknown. */
export type SessionCheck =
  | { status: 'valid' }
  | { status: 'signedOut'; reason: string | null }
  | { status: 'unknown' };

export interface SocketCloseDeps {
  /** Asks the server whether the token still holds (e.g. a network-only `me` query). */
  checkSession(): Promise<SessionCheck>;
  /** Ends the session locally; the app then shows the sign-in page with the reason. */
  signOut(reason: string | null): void;
  /** Builds a fresh client (new cache, new socket) for a session that is still valid. */
  reconnect(): void;
}

function closeCode(event: unknown): number | null {
  if (typeof event !== 'object' || event === null) return null;
  const code = (event as { code?: unknown }).code;
  return typeof code === 'number' ? code : null;
}

export function isRevokedClose(event: unknown): boolean {
  return closeCode(event) === REVOKED_CLOSE_CODE;
}

/** `shouldRetry` and `on.closed` of graphql-ws's client, for one client. */
export function createSocketCloseHandler(deps: SocketCloseDeps) {
  // Several closes may arrive while the check runs (or the socket retried meanwhile): one check.
  let checking: Promise<void> | null = null;
  return {
    /** 4403 is not retried blindly: `closed` decides. Everything else (restarts, network) is. */
    shouldRetry(event: unknown): boolean {
      return !isRevokedClose(event);
    },
    closed(event: unknown): Promise<void> {
      if (!isRevokedClose(event)) return Promise.resolve();
      checking ??= deps
        .checkSession()
        .catch((): SessionCheck => ({ status: 'unknown' }))
        .then((result) => {
          if (result.status === 'signedOut') deps.signOut(result.reason);
          // Valid, or the server could not be asked (network): start over with a fresh client;
          // if the session has ended, its first request answers UNAUTHENTICATED and signs out.
          else deps.reconnect();
        });
      return checking;
    },
  };
}
