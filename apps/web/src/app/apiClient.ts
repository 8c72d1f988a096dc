import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { MeQuery } from './session.graphql';
import { createSocketCloseHandler, type SessionCheck } from './socketClose';

export interface ApiClient {
  client: Client;
  /** Closes the WebSocket; a later subscription would open a fresh one. */
  dispose(): void;
}

/** Same origin as the page: the dev/preview server or the ingress proxies /graphql to the API. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * One client per token: signing in or out builds a new client, so no cached data of one user
 * survives into the next session and the WebSocket always carries the current token.
 */
export function createApiClient(
  token: string | null,
  onUnauthenticated: (reason: string | null) => void,
  /** The socket was closed for changed rights (4403) but the session holds: build a new client. */
  onRightsChanged: () => void = () => {},
): ApiClient {
  let ws: WsClient | null = null;
  let client: Client;
  const closeHandler = createSocketCloseHandler({
    checkSession: async (): Promise<SessionCheck> => {
      const result = await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      const refused = result.error?.graphQLErrors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
      if (refused) {
        const reason = refused.extensions?.reason;
        return { status: 'signedOut', reason: typeof reason === 'string' ? reason : null };
      }
      return result.data ? { status: 'valid' } : { status: 'unknown' };
    },
    signOut: (reason) => {
      if (token) onUnauthenticated(reason);
    },
    reconnect: onRightsChanged,
  });
  const socket = () => {
    ws ??= createWsClient({
      url: graphqlWsUrl(),
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      lazy: true,
      retryAttempts: 20,
      // Back off up to ~10 s so a restarting API is picked up again without a reload.
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** retries))),
      shouldRetry: closeHandler.shouldRetry,
      on: { closed: (event) => void closeHandler.closed(event) },
    });
    return ws;
  };

  client = new Client({
    url: '/graphql',
    // Apollo's CSRF prevention refuses GET requests without a preflight header; POST always works.
    preferGetMethod: false,
    fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : {} }),
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          // An expired or revoked token: end the session once, wherever it was noticed.
          const refused = error.graphQLErrors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (token && refused) {
            // e.g. COMPANY_SUSPENDED: the sign-in page says why.
            const reason = refused.extensions?.reason;
            onUnauthenticated(typeof reason === 'string' ? reason : null);
          }
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = socket().subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    dispose() {
      const current = ws;
      ws = null;
      void current?.dispose();
    },
  };
}
