import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { type ExecutionArgs, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { Authenticated, Invalidation } from '../auth/session-cache.js';
import { bearerToken } from '../auth/tokens.js';
import type { AppServices } from '../lib/services.js';
import { authenticate } from '../modules/auth/index.js';
import { createContext } from './context.js';
import { checkCost } from './cost.js';
import type { DocumentCache } from './limits.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** What one socket carries between messages. */
interface Connection {
  socket: WebSocket;
  ip: string | undefined;
  /** Counted among its address's unacknowledged connections until `connection_init` succeeds. */
  pending: boolean;
  token?: string;
  auth?: Authenticated;
}

/** Who the caller is, as far as rights go: a change means the socket's rights changed. */
function rightsOf(auth: Authenticated): string {
  return JSON.stringify([
    auth.session.sessionId,
    auth.session.companyId,
    auth.actor.platformAdmin,
    auth.actor.memberships,
  ]);
}

function refuse(socket: Duplex, status: number, reason: string, headers: Record<string, string> = {}) {
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\n${lines.join('')}\r\n`);
}

/**
 * GraphQL over WebSocket (graphql-ws) on /graphql, with the same rules as HTTP:
 * - every query, mutation and subscription is authenticated against the session as it is now
 *   (the session cache keeps that cheap); subscriptions re-check every event (subscriptions.ts);
 * - when a session is revoked, its user deactivated or its memberships changed (AUTH_INVALIDATE,
 *   from any instance), the user's sockets are closed with 4403;
 * - errors are formatted by the same formatError as HTTP (no SQL, no stack unless development);
 * - limits before sign-in: message size (1009 above it), a `connection_init` deadline, a cap on
 *   unacknowledged connections per address, and the anonymous request budget per address.
 */
export function createWsServer(deps: {
  services: AppServices;
  schema: GraphQLSchema;
  documents: DocumentCache;
  formatError: FormatError;
  httpServer: http.Server;
  clientAddress(request: http.IncomingMessage): string | undefined;
}) {
  const { services, schema, documents, formatError } = deps;
  const { config, logger } = services;
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: config.ws.maxPayloadBytes });
  const connections = new Set<Connection>();
  const pendingByAddress = new Map<string, number>();
  const bySocket = new WeakMap<WebSocket, Connection>();

  const settle = (connection: Connection) => {
    if (!connection.pending) return;
    connection.pending = false;
    const key = connection.ip ?? 'unknown';
    const left = (pendingByAddress.get(key) ?? 1) - 1;
    if (left > 0) pendingByAddress.set(key, left);
    else pendingByAddress.delete(key);
  };

  const onUpgrade = async (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/graphql') return refuse(socket, 404, 'Not Found');
    const ip = deps.clientAddress(request);
    try {
      if ((pendingByAddress.get(ip ?? 'unknown') ?? 0) >= config.ws.maxPendingPerAddress) {
        return refuse(socket, 429, 'Too Many Requests', { 'Retry-After': '5' });
      }
      const wait = await services.rateLimits.check('anonymous', ip);
      if (wait !== null) return refuse(socket, 429, 'Too Many Requests', { 'Retry-After': String(wait) });
    } catch (error) {
      logger.error({ err: error }, 'websocket upgrade check failed');
      return refuse(socket, 503, 'Service Unavailable');
    }
    const key = ip ?? 'unknown';
    pendingByAddress.set(key, (pendingByAddress.get(key) ?? 0) + 1);
    const connection: Connection = { socket: undefined as unknown as WebSocket, ip, pending: true };
    wsServer.handleUpgrade(request, socket, head, (ws) => {
      connection.socket = ws;
      connections.add(connection);
      ws.once('close', () => {
        settle(connection);
        connections.delete(connection);
      });
      bySocket.set(ws, connection);
      wsServer.emit('connection', ws, request);
    });
  };
  deps.httpServer.on('upgrade', (request, socket, head) => {
    void onUpgrade(request, socket, head);
  });

  const connectionOf = (extra: { socket: WebSocket }): Connection | undefined => bySocket.get(extra.socket);

  const formatted = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const forbidden = (connection: Connection | undefined) => {
    if (connection?.socket.readyState === WebSocket.OPEN)
      connection.socket.close(CloseCode.Forbidden, 'Forbidden');
  };

  const cleanup = useServer<Record<string, unknown>>(
    {
      schema,
      // Close reasons of internal errors never carry their messages.
      isProd: true,
      connectionInitWaitTimeout: config.ws.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const connection = connectionOf(ctx.extra);
        const token = bearerToken(ctx.connectionParams?.authorization);
        const auth = token ? await authenticate(services, token) : null;
        // Every operation needs a signed-in user: refuse the socket early (4403).
        if (!auth || !token || !connection) return false;
        connection.token = token;
        connection.auth = auth;
        settle(connection);
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const connection = connectionOf(ctx.extra);
        // The session as it is now, not as it was at connection_init.
        const auth = connection?.token ? await authenticate(services, connection.token) : null;
        if (!auth || !connection) {
          forbidden(connection);
          return [new GraphQLError('请先登录', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        connection.auth = auth;
        const result = documents.get(payload.query);
        if ('errors' in result) {
          const parseFailed = result.errors.some((e) => e.message.startsWith('Syntax Error'));
          return result.errors.map(
            (e) =>
              new GraphQLError(e.message, {
                extensions: { code: parseFailed ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED' },
              }),
          );
        }
        const variables = payload.variables ?? undefined;
        const tooCostly = checkCost(schema, result.document, payload.operationName, variables);
        if (tooCostly) return [tooCostly];
        return {
          schema,
          document: result.document,
          variableValues: variables,
          operationName: payload.operationName ?? undefined,
          contextValue: createContext(services, auth, {
            requestId: randomUUID(),
            token: connection.token,
            ip: connection.ip,
            userAgent: ctx.extra.request.headers['user-agent'],
          }),
        } satisfies ExecutionArgs;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatted(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => {
        logger.debug({ errors: errors.map((e) => e.message) }, 'websocket operation error');
        return formatted(errors);
      },
    },
    wsServer,
  );

  /**
   * Re-checks the sockets an invalidation concerns; those whose session ended or whose rights
   * changed are closed with 4403 (the client reconnects with what it may do now).
   */
  async function revalidate(what: Invalidation): Promise<void> {
    const affected = [...connections].filter((c) => {
      const s = c.auth?.session;
      return (
        s &&
        ((what.sessionId && s.sessionId === what.sessionId) ||
          (what.userId && s.userId === what.userId) ||
          (what.companyId && s.companyId === what.companyId))
      );
    });
    await Promise.all(
      affected.map(async (c) => {
        try {
          const now = c.token ? await authenticate(services, c.token) : null;
          if (!now || rightsOf(now) !== rightsOf(c.auth!)) forbidden(c);
          else c.auth = now;
        } catch (error) {
          // Cannot tell what the user may do now: close rather than keep old rights.
          logger.error({ err: error }, 'websocket revalidation failed');
          forbidden(c);
        }
      }),
    );
  }

  return {
    revalidate,
    dispose: () => cleanup.dispose(),
    close: () => new Promise<void>((resolve) => wsServer.close(() => resolve())),
  };
}
