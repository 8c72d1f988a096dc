/**
 * POST /graphql by a signed-in client with a plain JSON body, answered straight from Node's HTTP
 * server: the operations people perform all day (saving an audit item, every page's queries) skip
 * express's router, its per-request prototype swap and body-parser's content negotiation. Of a
 * signed-in `{ __typename }`, those took ≈ 40 % of the API's CPU (`./scripts/bench/run
 * --suite=audits`, the floor target).
 *
 * Only the common case takes this path; every other request goes to express unread, as before:
 * another method, path or query string, another content type or charset, a compressed or chunked
 * body, an empty or oversized one, no token or one that signs nobody in (rate limits and
 * refusals live there), and the cacheable reads (the answer cache's middleware runs there; their
 * body, already read, is handed over parsed). The body is read with raw-body, as body-parser
 * does, and refused with the same codes: invalid UTF-8 or JSON is 400 BAD_REQUEST.
 */
import { isUtf8 } from 'node:buffer';
import type http from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import getRawBody from 'raw-body';
import type { Authenticated } from '../auth/session-cache.js';
import { bearerToken } from '../auth/tokens.js';
import type { Context } from './context.js';
import { LIMITS } from './limits.js';
import { sendServerError, sendTransportError, type TransportFailure } from './transport-errors.js';

/** Content types of the direct path (any other goes to express, which knows them all). */
const JSON_TYPES = new Set([
  'application/json',
  'application/json; charset=utf-8',
  'application/json;charset=utf-8',
]);

export interface DirectDeps {
  apollo: ApolloServer<Context>;
  authenticate(token: string): Promise<Authenticated | null>;
  /** The request's context, as the express route builds it. */
  context(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    auth: Authenticated,
    token: string,
  ): Promise<Context>;
  /** Whether express must answer this body (the answer cache's reads). */
  needsExpress(body: { query?: unknown }): boolean;
  /** Express: everything the direct path does not take. */
  fallback(req: http.IncomingMessage & { body?: unknown }, res: http.ServerResponse): void;
  onError(error: unknown): void;
}

export interface GraphqlDirect {
  listener: http.RequestListener;
  /** How many requests it answered itself so far (tests: the direct path really runs). */
  answered(): number;
}

export function graphqlDirect(deps: DirectDeps): GraphqlDirect {
  let answered = 0;
  const takes = (req: http.IncomingMessage): string | undefined => {
    if (req.method !== 'POST' || req.url !== '/graphql') return undefined;
    const type = req.headers['content-type'];
    if (!type || !JSON_TYPES.has(type.toLowerCase())) return undefined;
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return undefined;
    const length = Number(req.headers['content-length']);
    if (!Number.isInteger(length) || length < 1 || length > LIMITS.maxBodyBytes) return undefined;
    return bearerToken(req.headers.authorization);
  };

  const listener: http.RequestListener = (req, res) => {
    const token = takes(req);
    if (!token) return deps.fallback(req, res);
    void answer(req, res, token).catch((error) => {
      deps.onError(error);
      if (!res.headersSent) sendServerError(res);
      else res.destroy();
    });
  };
  return { listener, answered: () => answered };

  async function answer(req: http.IncomingMessage, res: http.ServerResponse, token: string) {
    const auth = await deps.authenticate(token);
    // Not signed in: express applies the anonymous limit and answers (the body is still unread).
    if (!auth) return deps.fallback(req, res);
    let raw: Buffer;
    try {
      raw = await getRawBody(req, { length: req.headers['content-length'], limit: LIMITS.maxBodyBytes });
    } catch (error) {
      // The client went away: nobody to answer.
      if ((error as TransportFailure).type === 'request.aborted') return;
      if (!sendTransportError(res, error as TransportFailure)) throw error;
      return;
    }
    if (!isUtf8(raw)) return void sendTransportError(res, { type: 'encoding.invalid' });
    const text = raw.toString('utf8');
    // As body-parser's strict mode: an object or an array, nothing else.
    const first = /^[ \t\n\r]*([^ \t\n\r])/.exec(text)?.[1];
    let body: unknown;
    try {
      if (first !== '{' && first !== '[') throw new SyntaxError('not an object');
      body = JSON.parse(text);
    } catch {
      return void sendTransportError(res, { type: 'entity.parse.failed' });
    }
    if (deps.needsExpress(body as { query?: unknown })) {
      // Read already: express's JSON parser leaves a finished request's body as it is.
      (req as http.IncomingMessage & { body?: unknown }).body = body;
      return deps.fallback(req, res);
    }
    answered++;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const response = await deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => deps.context(req, res, auth, token),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
