import 'reflect-metadata';
import { isUtf8 } from 'node:buffer';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Clock, systemClock } from '@anju/domain';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { pino } from 'pino';
import proxyaddr from 'proxy-addr';
import { type Authenticated, SessionCache } from './auth/session-cache.js';
import { bearerToken } from './auth/tokens.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { setStatementTimeout, withTenant } from './db/tenant.js';
import { defineFileJobs, filesRouter, storageFor } from './files/index.js';
import { type Context, createContext, requestIdOf } from './graphql/context.js';
import { checkCost } from './graphql/cost.js';
import { DataVersions } from './graphql/data-versions.js';
import { createFormatError } from './graphql/errors.js';
import { type GraphqlDirect, graphqlDirect } from './graphql/http-direct.js';
import { type JitExecution, jitExecution } from './graphql/jit.js';
import { createArmor, DocumentCache, LIMITS } from './graphql/limits.js';
import { createAppPubSub } from './graphql/pubsub.js';
import {
  type AnswerCache,
  type AnswerCacheLocals,
  createAnswerCache,
  mayNameCacheableField,
  onlyCacheableFields,
} from './graphql/response-cache.js';
import { buildAppSchema } from './graphql/schema.js';
import {
  sendJsonError,
  sendServerError,
  sendTransportError,
  type TransportFailure,
} from './graphql/transport-errors.js';
import { createWsServer } from './graphql/ws.js';
import { Jobs } from './jobs/index.js';
import { RateLimits } from './lib/rate-limit.js';
import type { AppServices } from './lib/services.js';
import { registerActivityIndicatorSources } from './modules/activities/index.js';
import {
  defineAuditJobs,
  defineRectificationJobs,
  registerRectificationHooks,
} from './modules/audits/index.js';
import { authenticate } from './modules/auth/index.js';
import { registerComplaintIndicatorSources } from './modules/complaints/index.js';
import { registerFacilityCheckIndicatorSource } from './modules/facility-checks/index.js';
import { registerFeeIndicatorSource } from './modules/fees/index.js';
import { registerIncidentIndicatorSource } from './modules/incidents/index.js';
import { defineModuleJobs } from './modules/jobs/index.js';
import { publicRepairRouter } from './modules/repair-reports/index.js';
import { personalDataCipher, personalDataKeyFor } from './modules/staff/index.js';
import { defineStaffingJobs, registerStaffingIndicatorSources } from './modules/staffing/index.js';
import { registerSurveyIndicatorSources } from './modules/surveys/index.js';
import {
  defineWorkOrderJobs,
  estateOrderVersions,
  registerWorkOrderHooks,
  registerWorkOrderIndicatorSources,
} from './modules/work-orders/index.js';
import { seedDemo } from './seed/demo.js';

export interface App {
  services: AppServices;
  /** The executable schema (tests compare graphql-js's execution with the compiled one). */
  schema: GraphQLSchema;
  /** The comparison answers kept and being computed. */
  answers: AnswerCache;
  /** The compiled execution of the comparison reads. */
  jit: JitExecution;
  /** Signed-in POST /graphql answered without express (graphql/http-direct.ts). */
  direct: Pick<GraphqlDirect, 'answered'>;
  httpServer: http.Server;
  /** Starts listening; resolves with the bound port (0 picks a free one). */
  listen(port?: number): Promise<number>;
  close(): Promise<void>;
}

export async function createApp(
  config: Config,
  options: {
    database?: Database;
    clock?: Clock;
    /** Defines extra jobs before the queue starts (tests). */
    defineJobs?: (jobs: Jobs) => void;
  } = {},
): Promise<App> {
  // FIXED_NOW (tests and demos only, refused in production) stops the clock at one instant; under
  // NODE_ENV=test the browser tests may move it forward (POST /test/clock, below), never back.
  let clockAdvancedMs = 0;
  const fixedNow = config.fixedNow;
  const clock: Clock =
    options.clock ?? (fixedNow ? () => new Date(fixedNow.getTime() + clockAdvancedMs) : systemClock);
  const logger = pino({ level: config.logLevel, base: { service: 'api' } });
  setStatementTimeout(config.statementTimeoutMs);
  const database =
    options.database ??
    (await openDatabase({ url: config.databaseUrl, pgliteDir: config.pgliteDir, poolMax: config.dbPoolMax }));
  await runMigrations(database);
  const personalData = personalDataCipher(personalDataKeyFor(config, logger));
  if (config.demoData) await seedDemo(database, logger, clock(), personalData);

  const pubsubHandle = createAppPubSub(config.redisUrl);
  const services: AppServices = {
    config,
    database,
    pubsub: pubsubHandle.pubsub,
    sessions: new SessionCache(),
    dataVersions: new DataVersions(pubsubHandle.pubsub),
    fileStorage: storageFor(config, database),
    logger,
    rateLimits: new RateLimits(config),
    clock,
    personalData,
    jobs: new Jobs({
      database,
      logger,
      work: config.jobs.work,
      pollingIntervalSeconds: config.jobs.pollingIntervalSeconds,
    }),
  };
  defineModuleJobs(services.jobs, () => services);
  defineFileJobs(services.jobs, () => services);
  defineAuditJobs(services.jobs, () => services);
  defineRectificationJobs(services.jobs, () => services);
  registerRectificationHooks();
  defineStaffingJobs(services.jobs, () => services);
  registerStaffingIndicatorSources();
  registerComplaintIndicatorSources();
  registerSurveyIndicatorSources();
  defineWorkOrderJobs(services.jobs, () => services);
  registerWorkOrderHooks();
  // The estate's records earn their indicators (issue 11 item 6).
  registerFeeIndicatorSource();
  registerIncidentIndicatorSource();
  registerFacilityCheckIndicatorSource();
  registerActivityIndicatorSources();
  registerWorkOrderIndicatorSources();
  options.defineJobs?.(services.jobs);
  // After the migrations: pg-boss creates (or upgrades) its own schema, then workers poll.
  await services.jobs.start();
  // Data changed on another instance: its cached answers here are stale.
  const dataChanges = services.dataVersions.follow();

  const schema = await buildAppSchema(services.pubsub);
  const armor = createArmor();
  const production = config.nodeEnv === 'production';
  const formatError = createFormatError({ stackTraces: config.stackTraces, logger });

  const app = express();
  // Only proxies on these addresses may name the client (rate limits are per client address).
  app.set('trust proxy', config.trustProxy);
  const trustProxy = app.get('trust proxy fn') as Parameters<typeof proxyaddr>[1];
  const clientAddress = (req: http.IncomingMessage) => proxyaddr(req, trustProxy);
  // No ETag on GraphQL answers: hashing a 2 MB comparison costs more than it could ever save.
  app.set('etag', false);
  app.disable('x-powered-by');
  // Signed-in POST /graphql with a plain JSON body is answered directly (graphql/http-direct.ts),
  // everything else by express; set once Apollo has started.
  let listener: http.RequestListener = app;
  const httpServer = http.createServer((req, res) => listener(req, res));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  if (config.nodeEnv === 'test' && fixedNow && !options.clock) {
    // Browser tests only: a deadline passes for real (jobs, sweeps and events all read this clock).
    app.post('/test/clock', express.json({ limit: '1kb' }), (req, res) => {
      const seconds = Number((req.body as { advanceSeconds?: unknown } | undefined)?.advanceSeconds);
      if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) {
        res.status(400).json({ error: 'advanceSeconds: a whole number of seconds, 1 to 86400' });
        return;
      }
      clockAdvancedMs += seconds * 1000;
      res.json({ now: clock().toISOString() });
    });
  }
  app.get('/readyz', async (_req, res) => {
    try {
      await database.raw('select 1');
      res.json({ status: 'ready', database: database.kind });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const documents = new DocumentCache(schema, armor.validationRules);
  // The cacheable reads (the comparison's large answers, work-order boards and lists) run compiled
  // by graphql-jit, the rest as usual.
  const jit = jitExecution(schema, onlyCacheableFields, (errors) =>
    logger.warn({ errors }, 'graphql-jit could not compile a cacheable read; graphql-js runs it'),
  );
  const answerCache = createAnswerCache({
    versions: services.dataVersions,
    documents,
    authenticate: (token) => authenticate(services, token),
    bearerToken,
    estateOrderVersions: (companyId, estateIds) =>
      withTenant(database, companyId, (tx) => estateOrderVersions(tx, companyId, estateIds)),
    clock,
  });
  const ws = createWsServer({ services, schema, documents, formatError, httpServer, clientAddress });
  // Revocations made on any instance reach this one's session cache and sockets.
  const invalidations = (async () => {
    for await (const what of services.pubsub.subscribe('AUTH_INVALIDATE')) {
      services.sessions.invalidate(what);
      void ws.revalidate(what);
    }
  })();

  const apollo = new ApolloServer<Context>({
    gateway: jit.gateway,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    stringifyResult: answerCache.stringifyResult,
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same objects.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      // No HTTP caching of GraphQL responses here: skip wrapping every field for cache hints.
      ApolloServerPluginCacheControlDisabled(),
      // Comparison answers are cached per visibility and data version, work-order boards and
      // lists per user and the estate's order version; nothing else is.
      answerCache.plugin,
      {
        // Weighted cost (heavy fields, page sizes) with the variables, before anything executes.
        async requestDidStart({ schema: requestSchema }) {
          return {
            async didResolveOperation({ document, operationName, request }) {
              const refused = checkCost(requestSchema, document, operationName, request.variables);
              if (refused) throw refused;
            },
          };
        },
      },
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
              await ws.dispose();
            },
          };
        },
      },
    ],
    formatError,
    introspection: !production,
    // formatError adds stack frames (never messages) when config.stackTraces.
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns the signals and drains everything in order; two handlers would race.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const contextOf = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    auth: Authenticated | null,
    token: string | undefined,
    answer?: AnswerCacheLocals['answer'],
  ): Promise<Context> => {
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    return createContext(services, auth, {
      requestId,
      token,
      ip: clientAddress(req),
      userAgent: req.headers['user-agent'],
      answer,
    });
  };

  /** Requests without a valid session share a per-address budget (sign-in pages, probes, floods). */
  const anonymousLimit: RequestHandler = async (req, res, next) => {
    try {
      const token = bearerToken(req.headers.authorization);
      const auth = token ? await authenticate(services, token) : null;
      if (auth) {
        (res.locals as AnswerCacheLocals).auth = auth;
        return next();
      }
      const wait = await services.rateLimits.check('anonymous', req.ip);
      if (wait === null) return next();
      res.setHeader('retry-after', String(wait));
      sendJsonError(res, 429, 'TOO_MANY_REQUESTS', '请求过于频繁，请稍后再试', { retryAfter: wait });
    } catch (error) {
      next(error);
    }
  };

  /** Transport failures as GraphQL-shaped JSON with the right status, never express's HTML page. */
  const transportErrors: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (sendTransportError(res, error as TransportFailure)) return;
    logger.error({ err: error }, 'unexpected transport error');
    sendServerError(res);
  };

  // Files travel over plain HTTP, streamed, never inside GraphQL JSON.
  app.use(
    '/files',
    anonymousLimit,
    filesRouter({
      services,
      storage: services.fileStorage,
      authenticate: (token) => authenticate(services, token),
    }),
    transportErrors,
  );

  // The residents' public repair page: photo uploads without signing in (own limit per address).
  app.use('/public', anonymousLimit, publicRepairRouter(services, services.fileStorage), transportErrors);

  app.use(
    '/graphql',
    anonymousLimit,
    // Files never travel inside GraphQL JSON (they go through /files), so 1 MB is ample for any
    // operation; a larger body is answered 413 PAYLOAD_TOO_LARGE before it is parsed.
    express.json({
      limit: LIMITS.maxBodyBytes,
      // Invalid UTF-8 would otherwise be decoded to U+FFFD silently.
      verify: (_req, _res, buffer) => {
        if (!isUtf8(buffer))
          throw Object.assign(new Error('invalid UTF-8'), { status: 400, type: 'encoding.invalid' });
      },
    }),
    answerCache.middleware,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = bearerToken(req.headers.authorization);
        const locals = res.locals as AnswerCacheLocals;
        // The answer cache signed the caller in already (null: the token is not valid).
        const auth =
          locals.auth !== undefined ? locals.auth : token ? await authenticate(services, token) : null;
        return contextOf(req, res, auth, token, locals.answer);
      },
    }),
    transportErrors,
  );

  const direct = graphqlDirect({
    apollo,
    authenticate: (token) => authenticate(services, token),
    context: (req, res, auth, token) => contextOf(req, res, auth, token),
    needsExpress: (body) => typeof body.query === 'string' && mayNameCacheableField(body.query),
    fallback: app,
    onError: (error) => logger.error({ err: error }, 'unexpected transport error'),
  });
  listener = direct.listener;

  let closed = false;
  return {
    services,
    schema,
    answers: answerCache,
    jit,
    direct,
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
      await step('websocket server closed', () => ws.close());
      await step('jobs stopped', () => services.jobs.stop());
      await step('pub/sub closed', () => pubsubHandle.close());
      services.rateLimits.close();
      services.fileStorage.close?.();
      void invalidations;
      void dataChanges;
      if (!options.database) await step('database closed', () => database.close());
    },
  };
}
