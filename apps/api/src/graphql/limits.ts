import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { LRUCache } from 'lru-cache';

/** One set of limits for HTTP and WebSocket alike. */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 2000,
  maxDirectives: 20,
  /** Weighted cost of one operation (see cost.ts): five heat maps, or any page the web asks for. */
  maxWeightedCost: 5000,
  /**
   * JSON body of one HTTP request (1 MiB, as a WebSocket message). Files never travel inside
   * GraphQL (they go through /files), so no operation comes near it.
   */
  maxBodyBytes: 1024 * 1024,
} as const;

export function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxCost },
    // Armor's token plugin throws its own parse errors from a plugin hook, which Apollo answers
    // as 500 GRAPHQL_VALIDATION_FAILED; the parser's own limit (ApolloServer `parseOptions`, and
    // DocumentCache below) answers 400 GRAPHQL_PARSE_FAILED as it should.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * Parsed and validated documents by source text, for WebSocket operations (Apollo keeps its own
 * store for HTTP). Validation dominates the cost of small operations; clients send the same few
 * documents again and again.
 */
export class DocumentCache {
  private readonly cache = new LRUCache<
    string,
    { document: DocumentNode } | { errors: readonly GraphQLError[] }
  >({ max: 1000 });

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: ReturnType<typeof createArmor>['validationRules'],
  ) {}

  get(source: string): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
    const hit = this.cache.get(source);
    if (hit) return hit;
    let result: { document: DocumentNode } | { errors: readonly GraphQLError[] };
    try {
      const document = parse(source, { maxTokens: LIMITS.maxTokens });
      const errors = validate(this.schema, document, [...specifiedRules, ...this.rules]);
      result = errors.length ? { errors } : { document };
    } catch (error) {
      result = { errors: [error as GraphQLError] };
    }
    if (source.length < 20_000) this.cache.set(source, result);
    return result;
  }
}
