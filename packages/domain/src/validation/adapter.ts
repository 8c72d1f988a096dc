import type { z } from 'zod';
import type { FieldProblem, ProblemParams } from './problems.js';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Reason and params of one zod issue: custom issues carry theirs, built-in checks map here. */
function reasonOf(issue: Issue): { reason: string; params?: ProblemParams } {
  switch (issue.code) {
    case 'custom': {
      const { reason, ...params } = (issue.params ?? {}) as ProblemParams & { reason?: string };
      return { reason: reason ?? 'INVALID', ...(Object.keys(params).length > 0 && { params }) };
    }
    case 'invalid_type':
      return { reason: issue.input == null ? 'REQUIRED' : 'INVALID' };
    case 'invalid_value':
      return { reason: issue.input == null ? 'REQUIRED' : 'INVALID' };
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { reason: 'TOO_LONG', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'TOO_MANY', params: { max } };
      return { reason: 'TOO_LARGE', params: { max } };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? { reason: 'REQUIRED' } : { reason: 'TOO_SHORT', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return min <= 1 ? { reason: 'REQUIRED' } : { reason: 'TOO_SMALL', params: { min } };
      return min === 0 ? { reason: 'NEGATIVE' } : { reason: 'TOO_SMALL', params: { min } };
    }
    default:
      return { reason: 'INVALID' };
  }
}

/** zod's issues as FieldProblems under `basePath`, in schema order. */
export function toFieldProblems(error: z.ZodError, basePath: (string | number)[] = []): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    ...reasonOf(issue as Issue),
    message: issue.message,
  }));
}

export type Checked<T> = { ok: true; data: T } | { ok: false; problems: FieldProblem[] };

/** Runs a schema; the parsed (trimmed, normalised) value or the problems. */
export function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
  basePath: (string | number)[] = [],
): Checked<z.output<S>> {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, problems: toFieldProblems(result.error, basePath) };
}

/** Only the problems (forms, and rules that report rather than throw). */
export function problemsOf(
  schema: z.ZodType,
  value: unknown,
  basePath: (string | number)[] = [],
): FieldProblem[] {
  const result = check(schema, value, basePath);
  return result.ok ? [] : result.problems;
}
