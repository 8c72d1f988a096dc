import { createHash, randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { sql } from 'drizzle-orm';
import type { RequestHandler } from 'express';
import { type FormattedExecutionResult, getOperationAST, Kind, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Authenticated } from '../auth/session-cache.js';
import { visibilityKey } from '../authz/visibility.js';
import { rowsOf, type Tx } from '../db/client.js';
import { type Context, requestIdOf } from './context.js';
import type { DocumentCache } from './limits.js';
import type { AppPubSub } from './pubsub.js';

/**
 * A number per company that moves whenever data that cached answers are built from changes
 * (figures, targets, indicators, estates, regions). It is part of every cache key, so a change
 * makes the company's cached answers unreachable at once; the LRU drops them later.
 *
 * `changed()` moves this instance's number before the mutation answers (so the writer reads its
 * own write) and tells the other instances through the pub/sub (Redis when configured).
 */
export class DataVersions {
  private readonly versions = new Map<string, number>();
  private readonly origin = randomUUID();

  constructor(private readonly pubsub: AppPubSub) {}

  get(companyId: string): number {
    return this.versions.get(companyId) ?? 0;
  }

  /**
   * Whether the open transaction wrote to a table cached answers are built from: a statement
   * trigger on each of those tables marks the transaction (migration 0010), whatever code wrote.
   */
  async touched(tx: Tx): Promise<boolean> {
    const [row] = rowsOf<{ changed: string | null }>(
      await tx.execute(sql`select current_setting('app.cached_data_changed', true) as changed`),
    );
    return row?.changed === 'on';
  }

  /** Call after the transaction that changed the company's data has committed. */
  changed(companyId: string): void {
    this.bump(companyId);
    this.pubsub.publish('DATA_CHANGED', { companyId, origin: this.origin });
  }

  /** Applies other instances' changes until the pub/sub closes. */
  async follow(): Promise<void> {
    for await (const { companyId, origin } of this.pubsub.subscribe('DATA_CHANGED')) {
      if (origin !== this.origin) this.bump(companyId);
    }
  }

  private bump(companyId: string) {
    this.versions.set(companyId, this.get(companyId) + 1);
  }
}

/** Root fields whose answers may be cached: reads computed from company data only. */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'comparisonMatrix',
  'missedCommitments',
  'indicatorTrend',
  'estateScorecard',
]);

/** A cheap first look at the query text; the parsed operation decides. */
function mayNameCacheableField(query: string): boolean {
  for (const name of CACHEABLE_ROOT_FIELDS) if (query.includes(name)) return true;
  return false;
}

/** Whether an operation is a query made solely of CACHEABLE_ROOT_FIELDS. */
export function onlyCacheableFields(operation: OperationDefinitionNode | null | undefined): boolean {
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value),
  );
}

/** What the answer cache needs from the composition root. */
export interface AnswerCacheDeps {
  versions: DataVersions;
  /** A faster serialiser for an answer's data, when the executor has one (graphql-jit's). */
  serializerOf?: (data: object) => ((result: { data: object }) => string) | undefined;
  documents: DocumentCache;
  authenticate(token: string): Promise<Authenticated | null>;
  bearerToken(header: string | undefined): string | undefined;
}

/** Set on `res.locals` by the middleware, read by the context and the plugin. */
export interface AnswerCacheLocals {
  auth?: Authenticated | null;
  answerKey?: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Whole answers of the comparison queries, kept as the exact bytes Apollo sent, per visibility,
 * company data version, query and variables. A hit is written straight back to the socket with no
 * parsing, execution or serialisation: the 500-estate heat map (≈ 450 KB) costs well under a
 * millisecond instead of being recomputed for every viewer.
 *
 * (Apollo's response-cache plugin keeps answers as objects: every hit parses and re-serialises the
 * whole answer, ≈ 15 ms of CPU for the heat map, which alone rules out 10 viewers at 100 ms.)
 *
 * - The middleware runs before Apollo on POST /graphql. It answers hits; for a cacheable miss it
 *   leaves the key in `res.locals`, and the plugin stores the answer if it has data and no errors.
 * - Misses of a key already being answered wait for that answer's bytes (`x-answer-cache:
 *   shared`): after a write, the viewers of a page ask at once, and one execution serves them all.
 * - Only signed-in company users, only queries made solely of CACHEABLE_ROOT_FIELDS.
 * - Entries live at most `ttlMs` (a bound should a change notice from another instance be lost).
 */
export interface AnswerCache {
  middleware: RequestHandler;
  plugin: ApolloServerPlugin<Context>;
  /**
   * Apollo's `stringifyResult`: an answer the plugin has just serialised to store it is sent as
   * that same text, not serialised a second time (≈ 5 ms for the heat map).
   */
  stringifyResult(value: FormattedExecutionResult): string;
  /** Requests now waiting for an answer another request is computing. */
  waiting(): number;
  clear(): void;
}

export function createAnswerCache(
  deps: AnswerCacheDeps,
  options: { maxBytes?: number; ttlMs?: number } = {},
): AnswerCache {
  // Kept encoded, so a hit writes the bytes as they are.
  const answers = new LRUCache<string, Buffer>({
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (value, key) => value.length + key.length,
    ttl: options.ttlMs ?? 5 * 60_000,
  });

  // The text of each answer just stored, by its data, until Apollo sends it.
  const texts = new WeakMap<object, string>();
  // Answers being computed, by key: later askers of the same key wait for these bytes.
  interface Computing {
    bytes: Promise<Buffer | undefined>;
    settle(bytes: Buffer | undefined): void;
  }
  const computing = new Map<string, Computing>();
  let waiters = 0;
  const finish = (key: string, bytes: Buffer | undefined) => {
    const entry = computing.get(key);
    if (!entry) return;
    computing.delete(key);
    entry.settle(bytes);
  };

  const middleware: RequestHandler = async (req, res, next) => {
    try {
      const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
      if (req.method !== 'POST' || !body || typeof body.query !== 'string') return next();
      // Most requests name no cacheable field: let them through before any sign-in or parsing.
      if (!mayNameCacheableField(body.query)) return next();
      const token = deps.bearerToken(req.headers.authorization);
      if (!token) return next();
      const auth = await deps.authenticate(token);
      const locals = res.locals as AnswerCacheLocals;
      locals.auth = auth;
      const who = visibilityKey(auth);
      const companyId = auth?.session.companyId;
      if (!who || !companyId) return next();
      const parsed = deps.documents.get(body.query);
      if (!('document' in parsed)) return next();
      const operationName = typeof body.operationName === 'string' ? body.operationName : null;
      if (!onlyCacheableFields(getOperationAST(parsed.document, operationName))) return next();
      const key = createHash('sha256')
        .update(
          JSON.stringify([
            who,
            deps.versions.get(companyId),
            body.query,
            operationName,
            body.variables ?? null,
          ]),
        )
        .digest('base64url');
      let hit = answers.get(key);
      let how = 'hit';
      if (hit === undefined) {
        // The same question is being answered for someone else: wait for those bytes rather than
        // execute and serialise the same answer again (after a write, every viewer asks at once).
        const coming = computing.get(key);
        if (coming) {
          waiters++;
          try {
            hit = await coming.bytes;
          } finally {
            waiters--;
          }
        }
        how = 'shared';
      }
      if (hit === undefined) {
        locals.answerKey = key;
        if (!computing.has(key)) {
          let settle!: (bytes: Buffer | undefined) => void;
          const entry: Computing = { bytes: new Promise((resolve) => (settle = resolve)), settle };
          computing.set(key, entry);
          // Whatever becomes of this request (stored, an error, a closed socket), waiters go on.
          res.once('close', () => {
            if (computing.get(key) === entry) finish(key, undefined);
          });
        }
        return next();
      }
      res.writeHead(200, {
        'content-type': JSON_TYPE,
        'content-length': hit.length,
        'x-answer-cache': how,
        'x-request-id': requestIdOf(req.headers['x-request-id']),
      });
      res.end(hit);
    } catch (error) {
      next(error);
    }
  };

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart({ contextValue }) {
      const key = contextValue.answerKey;
      if (!key) return;
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors || !data || (response.http.status ?? 200) !== 200) return;
          // What Apollo sends for a single result.
          const text = `${(deps.serializerOf?.(data) ?? JSON.stringify)({ data })}\n`;
          const bytes = Buffer.from(text);
          answers.set(key, bytes);
          finish(key, bytes);
          texts.set(data, text);
          response.http.headers.set('x-answer-cache', 'miss');
        },
      };
    },
  };

  return {
    middleware,
    plugin,
    stringifyResult: (value) => {
      const text = value.data && !value.errors && !value.extensions ? texts.get(value.data) : undefined;
      // Apollo's own default otherwise.
      return text ?? `${JSON.stringify(value)}\n`;
    },
    waiting: () => waiters,
    clear: () => answers.clear(),
  };
}
