import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.js';
import { LIMITS } from './limits.js';

/**
 * What one call of a field costs beyond an ordinary object (1), roughly in proportion to the work
 * behind it: a 500-estate heat map or an Excel export is a thousand times a plain read. Keyed by
 * `Type.field`.
 */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  'Query.comparisonMatrix': 1000,
  'Mutation.exportComparison': 1000,
  'Query.missedCommitments': 500,
  'Query.indicatorTrend': 500,
  'Query.estateScorecard': 300,
  'Mutation.exportMonthlyFigureTemplate': 300,
  // A month of a department: every person's days, the coverage check, and the .xlsx.
  'Mutation.generateRoster': 300,
  'Mutation.exportRoster': 300,
  // Every estate's team against its plan, and its .xlsx.
  'Query.staffingComplianceTable': 300,
  'Mutation.exportStaffingCompliance': 300,
  'Mutation.exportStaff': 300,
};

export const MAX_OPERATION_COST = LIMITS.maxWeightedCost;

/**
 * The weighted cost of the operation that would run, with its variables: each field costs its
 * weight (1 for an object, 0 for a scalar) plus its selection's cost, times the page size for a
 * field taking `first` (a connection). graphql-armor's cost limit cannot weight single fields, and
 * validation rules see no variables, so this runs after validation and before execution (HTTP:
 * `didResolveOperation`; WebSocket: `onSubscribe`). @skip/@include are ignored: the worst case
 * counts.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  return costWithVariables(schema, document, operationName, variables).cost;
}

/**
 * Costs of documents whose cost no variable changes (no page size given by a variable), by
 * document and operation: Apollo and the WebSocket server keep one parsed document per query text,
 * and the same few documents come again and again (≈ 30 µs of each saveAuditItem otherwise).
 */
const fixedCosts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();

function cachedCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  let bySchema = fixedCosts.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    fixedCosts.set(schema, bySchema);
  }
  let byName = bySchema.get(document);
  const known = byName?.get(operationName ?? '');
  if (known !== undefined) return known;
  const { cost, fixed } = costWithVariables(schema, document, operationName, variables);
  if (fixed) {
    if (!byName) {
      byName = new Map();
      bySchema.set(document, byName);
    }
    byName.set(operationName ?? '', cost);
  }
  return cost;
}

function costWithVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): { cost: number; fixed: boolean } {
  let fixed = true;
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return { cost: 0, fixed };
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, fixed };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const pageSize = (value: ValueNode | undefined): number => {
    let n: unknown = null;
    if (value?.kind === Kind.INT) n = Number(value.value);
    else if (value?.kind === Kind.VARIABLE) {
      fixed = false;
      n = variables?.[value.name.value];
    }
    const size = typeof n === 'number' && Number.isFinite(n) ? n : DEFAULT_PAGE_SIZE;
    return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
  };

  const costOf = (set: SelectionSetNode, type: GraphQLNamedType, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += costOf(selection.selectionSet, on ?? type, seen);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        const on = schema.getType(fragment.typeCondition.name.value) ?? type;
        total += costOf(fragment.selectionSet, on, new Set([...seen, name]));
      } else {
        if (!isObjectType(type) && !isInterfaceType(type)) continue;
        const field = type.getFields()[selection.name.value];
        if (!field) continue; // __typename and introspection
        const fieldType = getNamedType(field.type);
        const own = FIELD_WEIGHTS[`${type.name}.${field.name}`] ?? (isCompositeType(fieldType) ? 1 : 0);
        const children = selection.selectionSet ? costOf(selection.selectionSet, fieldType, seen) : 0;
        const takesFirst = field.args.some((a) => a.name === 'first');
        const first = selection.arguments?.find((a) => a.name.value === 'first')?.value;
        total += own + (takesFirst ? pageSize(first) : 1) * children;
      }
    }
    return total;
  };
  return { cost: costOf(operation.selectionSet, root, new Set()), fixed };
}

export function costError(cost: number, max: number = MAX_OPERATION_COST): GraphQLError {
  return new GraphQLError(`查询过于复杂（代价 ${cost}，上限 ${max}），请拆分后重试`, {
    extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: max, http: { status: 400 } },
  });
}

/** Null when within budget, else the refusal. */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  max: number = MAX_OPERATION_COST,
): GraphQLError | null {
  const cost = cachedCost(schema, document, operationName, variables);
  return cost > max ? costError(cost, max) : null;
}
