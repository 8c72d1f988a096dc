import { ERROR_CODES, type ErrorCode, type FieldProblem } from '@anju/domain';
import type { CombinedError } from 'urql';

export type ClientErrorCode = ErrorCode | 'NETWORK' | 'UNKNOWN';

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** The stable code of the first GraphQL error; messages are for people, codes are for code. */
export function errorCode(error: CombinedError | null | undefined): ClientErrorCode | null {
  if (!error) return null;
  for (const e of error.graphQLErrors) {
    const code = e.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) return code as ErrorCode;
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
      if (isProblem(f)) problems.push({ path: f.path, reason: f.reason, message: String(f.message ?? '') });
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
