import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  type ExecutionResult,
  execute,
  type GraphQLError,
  type GraphQLSchema,
  locatedError,
  type OperationDefinitionNode,
  stripIgnoredCharacters,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

type GatewayInterface = ApolloServerOptionsWithGateway<never>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

export interface JitExecution {
  /** For Apollo's `gateway` option: its executor runs every operation. */
  gateway: GatewayInterface;
  /** How many operations ran compiled so far (tests: the compiled path really runs). */
  compiledRuns(): number;
}

/**
 * Executes the operations `compiles(operation)` picks with graphql-jit, every other one with
 * graphql-js as Apollo would. graphql-jit compiles an operation once into plain JavaScript that
 * resolves its fields without graphql-js's generic walk over every value: the comparison heat map
 * (500 rows of a dozen fields) executes several times faster, a large part of what an answer that
 * is not in the answer cache costs the API (`./scripts/bench/run --suite=comparison`,
 * matrix-fresh).
 *
 * Compiled operations are kept by their query text with comments and whitespace removed, so
 * texts that differ only there share one compilation (compiling costs more than executing).
 * Apollo Server 4+ takes a custom executor only through its gateway interface: this is that
 * interface, with a schema that never changes.
 */
export function jitExecution(
  schema: GraphQLSchema,
  compiles: (operation: OperationDefinitionNode) => boolean,
  onCompileError: (errors: readonly unknown[] | undefined) => void,
): JitExecution {
  const compiled = new LRUCache<string, CompiledQuery>({ max: 100 });
  let runs = 0;

  const compiledFor = (source: string, document: Parameters<typeof compileQuery>[1], name: string | null) => {
    const key = `${name ?? ''}\n${stripIgnoredCharacters(source)}`;
    let query = compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, document, name ?? undefined, {
        // JSON.stringify: graphql-jit's schema-built serialiser knows no custom scalars (the
        // heat map's column lists), and is no faster on this answer (measured).
        customJSONSerializer: false,
        // Leaves go out as the resolvers return them: every enum's values are its names (enumOf),
        // and the compiled answer is tested equal to graphql-js's (response-cache.test.ts).
        disableLeafSerialization: true,
      });
      if (!isCompiledQuery(result as Parameters<typeof isCompiledQuery>[0])) {
        // Still answered, by graphql-js: a slower answer, never a wrong one.
        onCompileError((result as { errors?: readonly unknown[] }).errors);
        return null;
      }
      query = result as CompiledQuery;
      compiled.set(key, query);
    }
    return query;
  };

  const executor: GatewayExecutor = async (request) => {
    const { document, operationName, operation, context, source } = request;
    const variableValues = request.request.variables;
    const query = compiles(operation) ? compiledFor(source, document, operationName) : null;
    if (!query) return execute({ schema, document, contextValue: context, variableValues, operationName });
    runs++;
    return asGraphqlJs(await query.query(undefined, context, variableValues ?? {}));
  };

  return {
    gateway: {
      async load() {
        return { executor };
      },
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: '' });
        return () => {};
      },
      async stop() {},
    },
    compiledRuns: () => runs,
  };
}

/**
 * A graphql-jit result as graphql-js gives it: errors are graphql-js errors carrying what was
 * thrown (its code in `extensions`, for `formatError`), and `data` is null, not missing, when the
 * operation failed as a whole.
 */
function asGraphqlJs(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    data: result.data ?? null,
    errors: result.errors.map((error: GraphQLError) =>
      locatedError(error.originalError ?? error, undefined, error.path),
    ),
  };
}
