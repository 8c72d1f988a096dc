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
]);

function unwrap(error: unknown): unknown {
  const original = (error as { originalError?: unknown })?.originalError;
  return original ? unwrap(original) : error;
}

/**
 * The one place errors leave the server. Expected errors keep their code and message; class-
 * validator failures become BAD_USER_INPUT with field paths; anything unexpected is logged with
 * its request id and masked. Production never shows stack traces, SQL or "did you mean" hints.
 */
export function createFormatError(options: { production: boolean; logger: Logger }) {
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
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
      const message = options.production
        ? formatted.message.replace(/\s*Did you mean[^?]*\?/g, '')
        : formatted.message;
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message, extensions: options.production ? extensions : formatted.extensions };
    }
    options.logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: '服务器内部错误，请稍后重试',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      ...(options.production
        ? {}
        : {
            extensions: {
              code: 'INTERNAL_SERVER_ERROR',
              detail: String((original as Error)?.message ?? original),
            },
          }),
    };
  };
}
