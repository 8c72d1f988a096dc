import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Clock, systemClock } from '@anju/domain';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { pino } from 'pino';
import { WebSocketServer } from 'ws';
import { SessionCache } from './auth/session-cache.js';
import { bearerToken } from './auth/tokens.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { setStatementTimeout } from './db/tenant.js';
import { type Context, createContext, requestIdOf } from './graphql/context.js';
import { createFormatError } from './graphql/errors.js';
import { createArmor, DocumentCache } from './graphql/limits.js';
import { createAppPubSub } from './graphql/pubsub.js';
import { type AnswerCacheLocals, createAnswerCache, DataVersions } from './graphql/response-cache.js';
import { buildAppSchema } from './graphql/schema.js';
import type { AppServices } from './lib/services.js';
import { authenticate } from './modules/auth/index.js';
import { seedDemo } from './seed/demo.js';

export interface App {
  services: AppServices;
  httpServer: http.Server;
  /** Starts listening; resolves with the bound port (0 picks a free one). */
  listen(port?: number): Promise<number>;
  close(): Promise<void>;
}

export async function createApp(
  config: Config,
  options: { database?: Database; clock?: Clock } = {},
): Promise<App> {
  const logger = pino({ level: config.logLevel, base: { service: 'api' } });
  setStatementTimeout(config.statementTimeoutMs);
  const database =
    options.database ??
    (await openDatabase({ url: config.databaseUrl, pgliteDir: config.pgliteDir, poolMax: config.dbPoolMax }));
  await runMigrations(database);
  if (config.demoData) await seedDemo(database, logger);

  const pubsubHandle = createAppPubSub(config.redisUrl);
  const services: AppServices = {
    config,
    database,
    pubsub: pubsubHandle.pubsub,
    sessions: new SessionCache(),
    dataVersions: new DataVersions(pubsubHandle.pubsub),
    logger,
    clock: options.clock ?? systemClock,
  };
  // Revocations made on any instance reach this one's session cache.
  const invalidations = (async () => {
    for await (const what of services.pubsub.subscribe('AUTH_INVALIDATE')) services.sessions.invalidate(what);
  })();
  // Data changed on another instance: its cached answers here are stale.
  const dataChanges = services.dataVersions.follow();

  const schema = await buildAppSchema(services.pubsub);
  const armor = createArmor();
  const production = config.nodeEnv === 'production';
  const formatError = createFormatError({ production, logger });

  const app = express();
  app.set('trust proxy', true);
  // No ETag on GraphQL answers: hashing a 2 MB comparison costs more than it could ever save.
  app.set('etag', false);
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await database.raw('select 1');
      res.json({ status: 'ready', database: database.kind });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const documents = new DocumentCache(schema, armor.validationRules);
  const answerCache = createAnswerCache({
    versions: services.dataVersions,
    documents,
    authenticate: (token) => authenticate(services, token),
    bearerToken,
  });
  type WsExtra = {
    auth?: Awaited<ReturnType<typeof authenticate>>;
    token?: string;
    requestId?: string;
    ip?: string | undefined;
  };
  const wsCleanup = useServer<Record<string, unknown>, WsExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = bearerToken(ctx.connectionParams?.authorization);
        const auth = token ? await authenticate(services, token) : null;
        // Every subscription needs a signed-in user: refuse the socket early (4403).
        if (!auth || !token) return false;
        ctx.extra.auth = auth;
        ctx.extra.token = token;
        ctx.extra.requestId = randomUUID();
        ctx.extra.ip = (
          ctx.extra as unknown as { request?: http.IncomingMessage }
        ).request?.socket.remoteAddress;
        return true;
      },
      onSubscribe: (_ctx, _id, payload) => {
        const result = documents.get(payload.query);
        if ('errors' in result) {
          return result.errors.map(
            (e) =>
              new GraphQLError(formatError(e, e).message, {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
          );
        }
        return {
          schema,
          document: result.document,
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
        };
      },
      context: (ctx) =>
        createContext(services, ctx.extra.auth ?? null, {
          requestId: ctx.extra.requestId ?? randomUUID(),
          token: ctx.extra.token,
          ip: ctx.extra.ip,
        }),
      onError: (_ctx, _id, _payload, errors) => {
        logger.warn({ errors: errors.map((e) => e.message) }, 'websocket operation error');
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: armor.validationRules,
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same objects.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      // No HTTP caching of GraphQL responses here: skip wrapping every field for cache hints.
      ApolloServerPluginCacheControlDisabled(),
      // Comparison answers are cached per visibility and data version; nothing else is.
      answerCache.plugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        // One structured line per operation, with the request id the client and proxies see.
        async requestDidStart({ contextValue }) {
          const started = performance.now();
          return {
            async willSendResponse({ operationName, errors }) {
              logger.debug(
                {
                  requestId: contextValue.requestId,
                  operationName,
                  userId: contextValue.auth?.session.userId,
                  ms: Math.round(performance.now() - started),
                  errors: errors?.map((e) => e.extensions?.code),
                },
                'graphql',
              );
            },
          };
        },
      },
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
    formatError,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    allowBatchedHttpRequests: false,
    // main.ts owns the signals and drains everything in order; two handlers would race.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.use(
    '/graphql',
    // 8 MB: the Excel import sends a file of up to 5 MB as base64 (4/3 larger) in the JSON body.
    express.json({ limit: '8mb' }),
    answerCache.middleware,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = bearerToken(req.headers.authorization);
        const locals = res.locals as AnswerCacheLocals;
        // The answer cache signed the caller in already (null: the token is not valid).
        const auth =
          locals.auth !== undefined ? locals.auth : token ? await authenticate(services, token) : null;
        const requestId = requestIdOf(req.headers['x-request-id']);
        res.setHeader('x-request-id', requestId);
        return createContext(services, auth, {
          requestId,
          token,
          ip: req.ip,
          userAgent: req.headers['user-agent'],
          answerKey: locals.answerKey,
        });
      },
    }),
  );

  let closed = false;
  return {
    services,
    httpServer,
    listen: (port = config.port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, '0.0.0.0', () => resolve((httpServer.address() as AddressInfo).port));
      }),
    close: async () => {
      if (closed) return;
      closed = true;
      const step = async (name: string, fn: () => Promise<unknown> | unknown) => {
        const started = performance.now();
        await fn();
        logger.debug({ ms: Math.round(performance.now() - started) }, `shutdown: ${name}`);
      };
      await step('http and websocket drained', () => apollo.stop());
      await step('websocket server closed', () => new Promise((resolve) => wsServer.close(resolve)));
      await step('pub/sub closed', () => pubsubHandle.close());
      void invalidations;
      void dataChanges;
      if (!options.database) await step('database closed', () => database.close());
    },
  };
}
