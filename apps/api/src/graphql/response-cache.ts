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
const COMPARISON_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'comparisonMatrix',
  'missedCommitments',
  'indicatorTrend',
  'estateScorecard',
]);

/**
 * Root fields whose answers depend on the caller as a person, not only on their memberships (a
 * staff member reads the work orders assigned to them): kept per user. Each declares the estates
 * whose work orders it reads (`dependsOnEstateOrders`), checked against the database on every hit.
 */
export const PER_USER_ROOT_FIELDS: ReadonlySet<string> = new Set(['workOrderBoard', 'workOrders']);

export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  ...COMPARISON_ROOT_FIELDS,
  ...PER_USER_ROOT_FIELDS,
]);

/** Work-order answers live at most this long: the names and photos on their cards carry no version. */
const PER_USER_TTL_MS = 60_000;

/**
 * What a cached board answers for "the instant it was read at" while it is computed: replaced by
 * the instant of each answer sent (a hit is the board as it is now: its versions are current). No
 * real timestamp of the product is in 1900.
 */
export const STAMP_PLACEHOLDER = new Date(Date.UTC(1900, 0, 1, 0, 0, 0, 17));
const STAMP_JSON = JSON.stringify(STAMP_PLACEHOLDER.toISOString());

/** A cheap first look at the query text; the parsed operation decides. */
export function mayNameCacheableField(query: string): boolean {
  for (const name of CACHEABLE_ROOT_FIELDS) if (query.includes(name)) return true;
  return false;
}

/** Whether an operation is a query made solely of CACHEABLE_ROOT_FIELDS. */
export function onlyCacheableFields(operation: OperationDefinitionNode | null | undefined): boolean {
  return onlyFieldsOf(operation, CACHEABLE_ROOT_FIELDS);
}

function onlyFieldsOf(operation: OperationDefinitionNode | null | undefined, fields: ReadonlySet<string>) {
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && fields.has(s.name.value));
}

const namesPerUserField = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.some(
    (s) => s.kind === Kind.FIELD && PER_USER_ROOT_FIELDS.has(s.name.value),
  );

/** What the answer cache needs from the composition root. */
export interface AnswerCacheDeps {
  versions: DataVersions;
  documents: DocumentCache;
  authenticate(token: string): Promise<Authenticated | null>;
  bearerToken(header: string | undefined): string | undefined;
  /** The current versions of these estates' work orders (absent: never written), from the database. */
  estateOrderVersions(companyId: string, estateIds: readonly string[]): Promise<Map<string, number>>;
  /** Now (expiry of answers that hold until a given instant, the board's read-at stamp). */
  clock(): Date;
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

/**
 * For the cacheable reads of work orders: the answer being computed reads this estate's orders, at
 * `version` (read in the answer's transaction before the orders themselves, so a write committed
 * in between only makes the answer look older than it is). Declares no months of figures: the
 * orders' own version is what keeps it current.
 */
export function dependsOnEstateOrders(ctx: Context, estateId: string, version: number): void {
  const answer = ctx.answer;
  if (!answer) return;
  answer.months ??= new Map();
  answer.estateOrders ??= new Map();
  if (!answer.estateOrders.has(estateId)) answer.estateOrders.set(estateId, version);
}

/**
 * The answer being computed holds only until `instant` (the board splits completed orders at the
 * company's midnight).
 */
export function holdsUntil(ctx: Context, instant: Date): void {
  const answer = ctx.answer;
  if (!answer) return;
  answer.expiresAt = Math.min(answer.expiresAt ?? Number.POSITIVE_INFINITY, instant.getTime());
}

/**
 * "Read at" for an answer: `now` itself, or STAMP_PLACEHOLDER when the answer may be cached (each
 * answer sent then carries the instant it is sent at).
 */
export function readAtStamp(ctx: Context, now: Date): Date {
  const answer = ctx.answer;
  if (!answer) return now;
  answer.stampedAt = now.toISOString();
  return STAMP_PLACEHOLDER;
}

/** A stored answer and the versions of the data it was built from. */
interface Stored {
  bytes: Buffer;
  /** Set when the answer carries the instant it is read at: the bytes before and after it. */
  stamp: [Buffer, Buffer] | null;
  companyId: string;
  structure: number;
  /** The months it read, with their versions; null: it declared none, so every change counts. */
  months: [string, number][] | null;
  /** Estates whose work orders it read, with their versions (checked in the database). */
  estateOrders: [string, number][] | null;
  expiresAt: number | null;
  all: number;
}

async function ordersCurrent(deps: AnswerCacheDeps, stored: Stored): Promise<boolean> {
  if (!stored.estateOrders) return true;
  const estateIds = stored.estateOrders.map(([estateId]) => estateId);
  // Unknown (the database did not answer): not current; the request then executes and reports
  // the failure the way any other read would.
  const now = await deps.estateOrderVersions(stored.companyId, estateIds).catch(() => null);
  return !!now && stored.estateOrders.every(([estateId, version]) => (now.get(estateId) ?? 0) === version);
}

/** The bytes to send for a stored answer now. */
function bytesOf(stored: Stored, now: Date): Buffer {
  if (!stored.stamp) return stored.bytes;
  return Buffer.concat([stored.stamp[0], Buffer.from(JSON.stringify(now.toISOString())), stored.stamp[1]]);
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
  // The read-at instant of answers computed with STAMP_PLACEHOLDER, by their data.
  const stamps = new WeakMap<object, string>();
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
      const operation = getOperationAST(parsed.document, operationName);
      if (!operation || !onlyCacheableFields(operation)) return next();
      const perUser = namesPerUserField(operation);
      const key = createHash('sha256')
        .update(
          JSON.stringify([
            who,
            perUser ? auth?.session.userId : null,
            body.query,
            operationName,
            body.variables ?? null,
          ]),
        )
        .digest('base64url');
      const { versions } = deps;
      const stored = answers.get(key);
      const now = deps.clock();
      let hit =
        stored &&
        isCurrent(versions, stored) &&
        (stored.expiresAt === null || now.getTime() < stored.expiresAt) &&
        (await ordersCurrent(deps, stored))
          ? bytesOf(stored, now)
          : undefined;
      let how = 'hit';
      const flight = `${key} ${versions.get(companyId)}`;
      // Per-user answers never wait for another computation: theirs is checked in the database,
      // and a computation that started before the caller's own write may not serve them.
      if (hit === undefined && !perUser) {
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
        if (!perUser && !computing.has(flight)) {
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
          const stampedAt = answer.stampedAt;
          // Whatever is sent (stored or not) carries the instant it was read at.
          if (stampedAt && data) stamps.set(data, stampedAt);
          if (errors || !data || (response.http.status ?? 200) !== 200) return;
          // What Apollo sends for a single result.
          let text = `${JSON.stringify({ data })}\n`;
          let stamp: Stored['stamp'] = null;
          if (stampedAt) {
            const parts = text.split(STAMP_JSON);
            // Asked twice (aliases): sent with both stamped (stringifyResult), never stored.
            if (parts.length > 2) return;
            if (parts.length === 2) {
              stamp = [Buffer.from(parts[0]!), Buffer.from(parts[1]!)];
              text = parts.join(JSON.stringify(stampedAt));
            }
          }
          const bytes = Buffer.from(text);
          answer.text = text;
          answer.bytes = bytes;
          answers.set(
            answer.key,
            {
              bytes,
              stamp,
              companyId: answer.companyId,
              structure: answer.structure,
              months: answer.months ? [...answer.months] : null,
              estateOrders: answer.estateOrders ? [...answer.estateOrders] : null,
              expiresAt: answer.expiresAt ?? null,
              all: answer.all,
            },
            answer.estateOrders ? { ttl: PER_USER_TTL_MS } : undefined,
          );
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
      if (text) return text;
      // Apollo's own default otherwise, with the read-at instant in place of the placeholder.
      const out = `${JSON.stringify(value)}\n`;
      const stampedAt = value.data ? stamps.get(value.data) : undefined;
      return stampedAt ? out.replaceAll(STAMP_JSON, JSON.stringify(stampedAt)) : out;
    },
    waiting: () => waiters,
    clear: () => answers.clear(),
  };
}
