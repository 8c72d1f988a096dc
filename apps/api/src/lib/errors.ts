import type { ErrorCode, FieldProblem } from '@anju/domain';
import { GraphQLError } from 'graphql';

/** An expected failure with a stable `extensions.code`; anything else is masked in production. */
export function appError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = () => appError('UNAUTHENTICATED', '请先登录');
export const forbidden = () => appError('FORBIDDEN', '没有执行此操作的权限');
/** Also used for another company's objects: never hint that they exist. */
export const notFound = (what = '对象') => appError('NOT_FOUND', `${what}不存在`);
export const conflict = (message: string, reason = 'CONFLICT') => appError('CONFLICT', message, { reason });

/** Invalid input, with every offending field's path so forms can mark the right field. */
export function badInput(problems: FieldProblem[], message?: string): GraphQLError {
  return appError('BAD_USER_INPUT', message ?? problems[0]?.message ?? '输入有误', { fields: problems });
}

export function assertValid(problems: FieldProblem[]): void {
  if (problems.length > 0) throw badInput(problems);
}

/** Maps PostgreSQL constraint violations to typed errors (Hive's store pattern). */
export function mapConstraintError(
  error: unknown,
  uniques: Record<string, FieldProblem>,
): GraphQLError | undefined {
  const e = findPgError(error);
  if (!e) return undefined;
  if (e.code === '23505' && e.constraint && uniques[e.constraint]) {
    const problem = uniques[e.constraint]!;
    return appError('CONFLICT', problem.message, { fields: [problem] });
  }
  if (e.code === '23503') return badInput([{ path: [], reason: 'REFERENCE', message: '引用的对象不存在' }]);
  return undefined;
}

interface PgError {
  code?: string;
  constraint?: string;
  constraint_name?: string;
}

/** The PostgreSQL error in `error` or its causes (drivers and drizzle wrap it). */
export function findPgError(error: unknown): (PgError & { constraint?: string }) | undefined {
  let current: unknown = error;
  for (let i = 0; i < 5 && current && typeof current === 'object'; i++) {
    const e = current as PgError & { cause?: unknown };
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
      return { code: e.code, constraint: e.constraint ?? e.constraint_name };
    }
    current = e.cause;
  }
  return undefined;
}
