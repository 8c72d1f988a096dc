/**
 * Failures before GraphQL runs (a body too large, not JSON, not UTF-8, a refused client), answered
 * as GraphQL-shaped JSON with the right status, never express's HTML page: the same answers from
 * the express routes and from the direct path (http-direct.ts).
 */
import type http from 'node:http';

export function sendJsonError(
  res: http.ServerResponse,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  const text = JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/** A body-reading failure (body-parser's and raw-body's `type`, `status` and `limit`). */
export interface TransportFailure {
  type?: string;
  status?: number;
  statusCode?: number;
  limit?: unknown;
}

/**
 * Answers a client's transport failure; false for anything else (a server error: the caller logs
 * it and answers 500).
 */
export function sendTransportError(res: http.ServerResponse, e: TransportFailure): boolean {
  const status = e.status ?? e.statusCode ?? 500;
  if (e.type === 'entity.too.large') {
    // The reader names the limit it enforced: clients learn it from `maxBytes`.
    if (typeof e.limit !== 'number') sendJsonError(res, 413, 'PAYLOAD_TOO_LARGE', '请求体过大');
    else
      sendJsonError(res, 413, 'PAYLOAD_TOO_LARGE', `请求体超过 ${e.limit / 1024 / 1024} MB 的上限`, {
        maxBytes: e.limit,
      });
  } else if (e.type === 'entity.parse.failed')
    sendJsonError(res, 400, 'BAD_REQUEST', '请求体不是有效的 JSON');
  else if (e.type === 'encoding.invalid') sendJsonError(res, 400, 'BAD_REQUEST', '请求体不是有效的 UTF-8');
  else if (status >= 400 && status < 500) sendJsonError(res, status, 'BAD_REQUEST', '请求无效');
  else return false;
  return true;
}

export const sendServerError = (res: http.ServerResponse) =>
  sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', '服务器内部错误，请稍后重试');
