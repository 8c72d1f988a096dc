import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { type FormattedExecutionResult, getOperationAST, Kind, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Authenticated } from '../auth/session-cache.js';
import { visibilityKey } from '../authz/visibility.js';
import { type AnswerInProgress, type Context, requestIdOf } from './context.js';
import type { DataVersions } from './data-versions.js';
import type { DocumentCache } from './limits.js';

/**
 * Root fields whose answers may be cached: reads computed from company data only. Each declares
 * the months of figures it reads (`dependsOnMonths`) before reading them.
 */
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
  documents: DocumentCache;
  authenticate(token: string): Promise<Authenticated | null>;
  bearerToken(header: string | undefined): string | undefined;
}

/** Set on `res.locals` by the middleware, read by the context and the plugin. */
export interface AnswerCacheLocals {
  auth?: Authenticated | null;
  answer?: AnswerInProgress;
}

/**
 * For the cacheable reads: the answer being computed depends on the approved figures of these
 * months (besides the company's structure). Call before reading them: the versions noted now are
 * the ones the answer is checked against later.
 */
export function dependsOnMonths(ctx: Context, months: readonly string[]): void {
  const answer = ctx.answer;
  if (!answer) return;
  answer.months ??= new Map();
  for (const month of months)
    if (!answer.months.has(month))
      answer.months.set(month, ctx.services.dataVersions.month(answer.companyId, month));
}

/** A stored answer and the versions of the data it was built from. */
interface Stored {
  bytes: Buffer;
  companyId: string;
  structure: number;
  /** The months it read, with their versions; null: it declared none, so every change counts. */
  months: [string, number][] | null;
  all: number;
}

function isCurrent(versions: DataVersions, stored: Stored): boolean {
  const { companyId } = stored;
  if (versions.structure(companyId) !== stored.structure) return false;
  if (!stored.months) return versions.get(companyId) === stored.all;
  return stored.months.every(([month, version]) => versions.month(companyId, month) === version);
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Whole answers of the comparison queries, kept as the exact bytes Apollo sent, per visibility,
 * query and variables, with the versions of the data they were built from (the company's
 * structure, and the months of figures they read): an answer is served while those are unchanged,
 * so an approval in one month leaves the answers about other months alone. A hit is written straight back to the socket with no
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
  const answers = new LRUCache<string, Stored>({
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (value, key) => value.bytes.length + key.length,
    ttl: options.ttlMs ?? 5 * 60_000,
  });

  // The text of each answer just stored, by its data, until Apollo sends it.
  const texts = new WeakMap<object, string>();
  // Answers being computed, by key and the company's overall version (a request never joins a
  // computation that started before a change it may have made): later askers wait for the bytes.
  interface Computing {
    bytes: Promise<Buffer | undefined>;
    settle(bytes: Buffer | undefined): void;
  }
  const computing = new Map<string, Computing>();
  let waiters = 0;
  const finish = (flight: string, bytes: Buffer | undefined) => {
    const entry = computing.get(flight);
    if (!entry) return;
    computing.delete(flight);
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
        .update(JSON.stringify([who, body.query, operationName, body.variables ?? null]))
        .digest('base64url');
      const { versions } = deps;
      const stored = answers.get(key);
      let hit = stored && isCurrent(versions, stored) ? stored.bytes : undefined;
      let how = 'hit';
      const flight = `${key} ${versions.get(companyId)}`;
      if (hit === undefined) {
        // The same question is being answered for someone else: wait for those bytes rather than
        // execute and serialise the same answer again (after a write, every viewer asks at once).
        const coming = computing.get(flight);
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
        const answer: AnswerInProgress = {
          key,
          flight,
          companyId,
          structure: versions.structure(companyId),
          all: versions.get(companyId),
        };
        locals.answer = answer;
        // Apollo sends the answer as text (`res.send(string)`), which express encodes again: send
        // the bytes the plugin has just encoded to store them instead (≈ 2 ms for the heat map).
        const send = res.send.bind(res);
        res.send = (body) => send(answer.bytes && body === answer.text ? answer.bytes : body);
        if (!computing.has(flight)) {
          let settle!: (bytes: Buffer | undefined) => void;
          const entry: Computing = { bytes: new Promise((resolve) => (settle = resolve)), settle };
          computing.set(flight, entry);
          // Whatever becomes of this request (stored, an error, a closed socket), waiters go on.
          res.once('close', () => {
            if (computing.get(flight) === entry) finish(flight, undefined);
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
      const answer = contextValue.answer;
      if (!answer) return;
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors || !data || (response.http.status ?? 200) !== 200) return;
          // What Apollo sends for a single result.
          const text = `${JSON.stringify({ data })}\n`;
          const bytes = Buffer.from(text);
          answer.text = text;
          answer.bytes = bytes;
          answers.set(answer.key, {
            bytes,
            companyId: answer.companyId,
            structure: answer.structure,
            months: answer.months ? [...answer.months] : null,
            all: answer.all,
          });
          finish(answer.flight, bytes);
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
