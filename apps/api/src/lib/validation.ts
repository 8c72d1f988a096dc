import { check } from '@anju/domain';
import type { z } from 'zod';
import { badInput } from './errors.js';

/**
 * Runs one of the domain's input schemas (packages/domain/src/validation) and returns the parsed
 * value (trimmed, normalised); invalid input is BAD_USER_INPUT with every problem's path, reason,
 * params and Chinese default message. `basePath` places nested inputs, e.g. `['filter']`.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  basePath: (string | number)[] = [],
): z.output<S> {
  const result = check(schema, value, basePath);
  if (!result.ok) throw badInput(result.problems);
  return result.data;
}
