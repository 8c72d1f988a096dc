import { type Action, type AppAbility, type SubjectName, subject } from '@anju/domain';
import { rulesToAST } from '@casl/ability/extra';
import {
  and,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  not,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { forbidden, notFound } from '../lib/errors.js';

type Condition = { operator: string; field?: string; value: unknown };
export type ColumnMap = Record<string, AnyPgColumn>;

/**
 * Turns the caller's CASL rules for (action, subject) into a SQL `where`, so lists are filtered by
 * the database, never in memory. No rule at all means `false`; a field we cannot map is a bug in
 * the rules and throws rather than silently widening the filter.
 */
export function accessibleWhere(
  ability: AppAbility,
  action: Action,
  type: SubjectName,
  columns: ColumnMap,
): SQL {
  const ast = rulesToAST(ability, action, type) as Condition | null;
  if (!ast) return sql`false`;
  return toSql(ast, columns, type);
}

function toSql(c: Condition, columns: ColumnMap, type: string): SQL {
  switch (c.operator) {
    case 'and': {
      const parts = (c.value as Condition[]).map((v) => toSql(v, columns, type));
      return parts.length === 0 ? sql`true` : (and(...parts) as SQL);
    }
    case 'or': {
      const parts = (c.value as Condition[]).map((v) => toSql(v, columns, type));
      return parts.length === 0 ? sql`false` : (or(...parts) as SQL);
    }
    case 'not':
      return not(toSql(c.value as Condition, columns, type));
  }
  const column = c.field ? columns[c.field] : undefined;
  if (!column) throw new Error(`No column for rule field ${type}.${c.field}`);
  const v = c.value;
  switch (c.operator) {
    case 'eq':
      return v === null ? isNull(column) : eq(column, v);
    case 'ne':
      return v === null ? isNotNull(column) : (or(ne(column, v), isNull(column)) as SQL);
    case 'in':
      return (v as unknown[]).length === 0 ? sql`false` : inArray(column, v as unknown[]);
    case 'nin':
      return (v as unknown[]).length === 0 ? sql`true` : notInArray(column, v as unknown[]);
    case 'lt':
      return lt(column, v);
    case 'lte':
      return lte(column, v);
    case 'gt':
      return gt(column, v);
    case 'gte':
      return gte(column, v);
    case 'exists':
      return v ? isNotNull(column) : isNull(column);
    default:
      throw new Error(`Unsupported rule operator ${c.operator} on ${type}.${c.field}`);
  }
}

/**
 * Asserts an action on a concrete row. A row the caller may not even read is NOT_FOUND (no hint
 * that it exists); a readable row they may not change is FORBIDDEN.
 */
export function assertCan<T extends Record<string, unknown>>(
  ability: AppAbility,
  action: Action,
  type: SubjectName,
  row: T,
  what?: string,
): void {
  const tagged = subject(type, { ...row });
  if (ability.can(action, tagged)) return;
  if (action !== 'read' && ability.can('read', tagged)) throw forbidden();
  throw notFound(what);
}

/** For creation and type-level checks: may the caller do this at all, on a draft row? */
export function assertCanCreate(
  ability: AppAbility,
  type: SubjectName,
  draft: Record<string, unknown>,
): void {
  if (!ability.can('create', subject(type, { ...draft }))) throw forbidden();
}
