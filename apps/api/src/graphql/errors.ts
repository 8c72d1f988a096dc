import { ERROR_CODES, type FieldProblem } from '@anju/domain';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';

const KNOWN = new Set<string>([
  ...ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_USER_INPUT',
  'COST_LIMIT_EXCEEDED',
  'PAYLOAD_TOO_LARGE',
]);

function unwrap(error: unknown): unknown {
  const original = (error as { originalError?: unknown })?.originalError;
  return original ? unwrap(original) : error;
}

/** Stack frames only: the first line of a stack repeats the message, which may hold SQL. */
function framesOf(error: unknown): string[] | undefined {
  const stack = (error as Error | undefined)?.stack;
  if (typeof stack !== 'string') return undefined;
  return stack.split('\n').filter((line) => /^\s+at /.test(line));
}

/**
 * The one place errors leave the server, over HTTP and WebSocket alike. Expected errors keep their
 * code and message; class-validator failures become BAD_USER_INPUT with field paths; anything
 * unexpected is logged with its request id and masked. No answer ever carries SQL text or its
 * parameters; stack frames (without messages) only when `stackTraces` (NODE_ENV=development set
 * explicitly); "did you mean" hints only then too.
 */
export function createFormatError(options: { stackTraces: boolean; logger: Logger }) {
  const debug = (error: unknown) => (options.stackTraces ? { stacktrace: framesOf(error) ?? [] } : {});
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    if (original instanceof ArgumentValidationError) {
      const fields: FieldProblem[] = original.extensions.validationErrors.flatMap((v) =>
        Object.values(v.constraints ?? {}).map((message) => ({
          path: [v.property],
          reason: 'INVALID',
          message,
        })),
      );
      return {
        message: fields[0]?.message ?? '输入有误',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
      const message = options.stackTraces
        ? formatted.message
        : formatted.message.replace(/\s*Did you mean[^?]*\?/g, '');
      const { stacktrace: _drop, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message, extensions: { ...extensions, ...debug(original) } };
    }
    options.logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: '服务器内部错误，请稍后重试',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...debug(original) },
    };
  };
}
