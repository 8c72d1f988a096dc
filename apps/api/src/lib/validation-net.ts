/**
 * The safety net under every module's own schemas: before any resolver runs (HTTP and WebSocket
 * alike, since it sits in the schema), every string in its arguments, however deep in input
 * objects and lists, is refused with BAD_USER_INPUT and the field's path when it is longer than
 * its maximum or holds NUL, control or bidirectional-override characters. A new operation is
 * covered without anyone remembering to: PostgreSQL never sees such a value, and a 1 MB search
 * never reaches an ILIKE.
 */
import { DEFAULT_MAX_TEXT, type FieldProblem, findForbiddenCharacter } from '@anju/domain';
import {
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
  isIntrospectionType,
} from 'graphql';
import { badInput } from './errors.js';

/**
 * Inputs declared as long (`InputType.field` or `RootType.field(argument)`), with their maximum.
 * Everything else gets DEFAULT_MAX_TEXT. The build fails when an entry names nothing.
 */
export const LONG_TEXT_INPUTS: Readonly<Record<string, number>> = {
  // None today: files travel through /files, never as text inside GraphQL.
};

/** Paths are relative to the single `input` argument of a mutation, as the services report them. */
const FLATTENED_ARGUMENT = 'input';

/** Scalars whose values arrive as strings (custom ones parse their own format first). */
function isStringScalar(type: GraphQLScalarType): boolean {
  return type.name !== 'Int' && type.name !== 'Float' && type.name !== 'Boolean';
}

type Checker = (value: unknown, path: (string | number)[], problems: FieldProblem[]) => void;

/** A checker for values of `type`, or null when no string can occur in them. */
function checkerFor(
  type: GraphQLInputType,
  key: string,
  memo: Map<GraphQLInputObjectType, Checker | null | 'building'>,
): Checker | null {
  if (type instanceof GraphQLNonNull) return checkerFor(type.ofType, key, memo);
  if (type instanceof GraphQLList) {
    const item = checkerFor(type.ofType, key, memo);
    if (!item) return null;
    return (value, path, problems) => {
      if (!Array.isArray(value)) return item(value, path, problems);
      value.forEach((v, i) => {
        item(v, [...path, i], problems);
      });
    };
  }
  if (type instanceof GraphQLScalarType) {
    if (!isStringScalar(type)) return null;
    const max = LONG_TEXT_INPUTS[key] ?? DEFAULT_MAX_TEXT;
    return (value, path, problems) => {
      if (typeof value !== 'string') return;
      const problem = stringProblem(value, max, path);
      if (problem) problems.push(problem);
    };
  }
  if (type instanceof GraphQLInputObjectType) {
    const known = memo.get(type);
    if (known === 'building') {
      // A recursive input type: its checker is looked up when a value arrives.
      return (v, p, ps) => {
        const built = memo.get(type);
        if (typeof built === 'function') built(v, p, ps);
      };
    }
    if (known !== undefined) return known;
    memo.set(type, 'building');
    const fields = Object.values(type.getFields())
      .map((f) => [f.name, checkerFor(f.type, `${type.name}.${f.name}`, memo)] as const)
      .filter((entry): entry is readonly [string, Checker] => entry[1] !== null);
    const checker: Checker | null =
      fields.length === 0
        ? null
        : (value, path, problems) => {
            if (value == null || typeof value !== 'object') return;
            for (const [name, check] of fields) {
              const v = (value as Record<string, unknown>)[name];
              if (v != null) check(v, [...path, name], problems);
            }
          };
    memo.set(type, checker);
    return checker;
  }
  return null; // enums are checked by GraphQL itself
}

function stringProblem(value: string, max: number, path: (string | number)[]): FieldProblem | null {
  if (value.length > max) {
    return { path, reason: 'TOO_LONG', message: `内容不能超过 ${max} 个字`, params: { max } };
  }
  // Tab and newlines pass here: single-line fields refuse them in their own schemas.
  const bad = findForbiddenCharacter(value, { multiline: true });
  if (bad) {
    return {
      path,
      reason: 'CONTROL_CHARACTERS',
      message: '不能包含控制字符或文字方向控制符',
      params: { char: bad.char },
    };
  }
  return null;
}

function argumentsChecker(
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  memo: Map<GraphQLInputObjectType, Checker | null | 'building'>,
): ((args: Record<string, unknown>) => void) | null {
  const checks = field.args
    .map((arg: GraphQLArgument) => {
      const check = checkerFor(arg.type, `${parent.name}.${field.name}(${arg.name})`, memo);
      // The one `input` of a mutation is the root of the paths services report.
      const base = arg.name === FLATTENED_ARGUMENT && field.args.length === 1 ? [] : [arg.name];
      return check ? ([arg.name, base, check] as const) : null;
    })
    .filter((c) => c !== null);
  if (checks.length === 0) return null;
  return (args) => {
    const problems: FieldProblem[] = [];
    for (const [name, base, check] of checks) {
      const v = args[name];
      if (v != null) check(v, base, problems);
    }
    if (problems.length > 0) throw badInput(problems);
  };
}

/** Every key of LONG_TEXT_INPUTS that names an input field or argument of `schema`. */
function knownKeys(schema: GraphQLSchema): Set<string> {
  const keys = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLInputObjectType) {
      for (const f of Object.values(type.getFields())) keys.add(`${type.name}.${f.name}`);
    } else if (type instanceof GraphQLObjectType) {
      for (const f of Object.values(type.getFields()))
        for (const a of f.args) keys.add(`${type.name}.${f.name}(${a.name})`);
    }
  }
  return keys;
}

/**
 * Wraps the resolver (and, for subscriptions, the subscribe function) of every field that takes
 * a string anywhere in its arguments. Fields without such arguments are left untouched: the
 * net costs nothing where it cannot catch anything.
 */
export function installStringGuard(schema: GraphQLSchema): GraphQLSchema {
  const keys = knownKeys(schema);
  for (const key of Object.keys(LONG_TEXT_INPUTS)) {
    if (!keys.has(key)) throw new Error(`LONG_TEXT_INPUTS names ${key}, which is not in the schema`);
  }
  const memo = new Map<GraphQLInputObjectType, Checker | null | 'building'>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const guard = argumentsChecker(type, field, memo);
      if (!guard) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        guard(args);
        return resolve(source, args, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, context, info) => {
          guard(args);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
