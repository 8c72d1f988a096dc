import { ERROR_CODES, type ErrorCode, type FieldProblem, type ProblemParams } from '@anju/domain';
import type { CombinedError } from 'urql';

/** COST_LIMIT_EXCEEDED: the API's cost analysis refused the request before running it. */
export type ClientErrorCode = ErrorCode | 'COST_LIMIT_EXCEEDED' | 'NETWORK' | 'UNKNOWN';

/** Every code the web has a text for (`errors.<CODE>`), the domain's and the client's own. */
export const CLIENT_ERROR_CODES: readonly ClientErrorCode[] = [
  ...ERROR_CODES,
  'COST_LIMIT_EXCEEDED',
  'NETWORK',
  'UNKNOWN',
];

const KNOWN_CODES: ReadonlySet<string> = new Set<string>([...ERROR_CODES, 'COST_LIMIT_EXCEEDED']);

/** The stable code of the first GraphQL error; messages are for people, codes are for code. */
export function errorCode(error: CombinedError | null | undefined): ClientErrorCode | null {
  if (!error) return null;
  for (const e of error.graphQLErrors) {
    const code = e.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) return code as ClientErrorCode;
  }
  if (error.networkError) return 'NETWORK';
  return 'UNKNOWN';
}

function isProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    Array.isArray(p.path) &&
    p.path.every((s) => typeof s === 'string' || typeof s === 'number') &&
    typeof p.reason === 'string'
  );
}

/** `{ max: 60 }`, `{ char: 'U+202E' }`: a reason's params, strings and numbers only. */
function isParams(value: unknown): value is ProblemParams {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}

/**
 * Field problems (`extensions.fields`, paths relative to the input). BAD_USER_INPUT carries them
 * for invalid values, CONFLICT for a value already taken (a duplicate code); a CONFLICT without
 * fields is a stale version.
 */
export function fieldProblems(error: CombinedError | null | undefined): FieldProblem[] {
  if (!error) return [];
  const problems: FieldProblem[] = [];
  for (const e of error.graphQLErrors) {
    const fields = e.extensions.fields;
    if (!Array.isArray(fields)) continue;
    for (const f of fields) {
      if (!isProblem(f)) continue;
      const params = isParams(f.params) ? f.params : undefined;
      problems.push({
        path: f.path,
        reason: f.reason,
        message: String(f.message ?? ''),
        ...(params && { params }),
      });
    }
  }
  return problems;
}

/** `extensions.reason` of the first error that has one (CONFLICT carries why: TAKEN, NOT_APPROVED…). */
export function errorReason(error: CombinedError | null | undefined): string | null {
  for (const e of error?.graphQLErrors ?? []) {
    const reason = e.extensions?.reason;
    if (typeof reason === 'string') return reason;
  }
  return null;
}

/** `extensions.retryAfter` of a TOO_MANY_REQUESTS answer, in seconds. */
export function retryAfterSeconds(error: CombinedError | null | undefined): number | null {
  for (const e of error?.graphQLErrors ?? []) {
    const seconds = e.extensions?.retryAfter;
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) return Math.ceil(seconds);
  }
  return null;
}
