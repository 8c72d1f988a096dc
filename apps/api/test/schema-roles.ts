/**
 * Helpers shared by the permission matrix and the cross-company tests: the operations and ID
 * arguments of the committed schema, the roles the matrix speaks of, and database fingerprints
 * that prove a refused call changed nothing.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import {
  buildSchema,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import type { TestCompany, TestKit, TestUser } from './kit.js';

export const unique = () => randomBytes(4).toString('hex');

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** The committed schema (apps/api/schema.graphql), the contract the web app builds against. */
export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
}

export type OperationKind = 'query' | 'mutation' | 'subscription';

/** Every root field of the schema by name: `estate` → 'query', `createEstate` → 'mutation'. */
export function schemaOperations(schema: GraphQLSchema): Map<string, OperationKind> {
  const roots: [OperationKind, ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  const out = new Map<string, OperationKind>();
  for (const [kind, type] of roots) {
    for (const name of Object.keys(type?.getFields() ?? {})) {
      // Names key the matrix: two root types sharing one would make it ambiguous.
      if (out.has(name)) throw new Error(`Operation name ${name} is used by two root types`);
      out.set(name, kind);
    }
  }
  return out;
}

const ROOT_LABEL: Record<OperationKind, string> = {
  query: 'Query',
  mutation: 'Mutation',
  subscription: 'Subscription',
};

/**
 * Every place an ID can be sent: top-level arguments and fields of input objects, however deep,
 * with `[]` marking lists. E.g. `Mutation.createUser(input.memberships[].estateIds[])`.
 */
export function idArgumentPaths(schema: GraphQLSchema): string[] {
  const out: string[] = [];
  const walk = (type: GraphQLInputType, path: string, seen: ReadonlySet<string>) => {
    let t = type;
    let at = path;
    while (isNonNullType(t) || isListType(t)) {
      if (isListType(t)) at += '[]';
      t = t.ofType as GraphQLInputType;
    }
    if (t.name === 'ID') out.push(at);
    else if (isInputObjectType(t) && !seen.has(t.name)) {
      const next = new Set([...seen, t.name]);
      for (const field of Object.values(t.getFields())) walk(field.type, `${at}.${field.name}`, next);
    }
  };
  for (const [name, kind] of schemaOperations(schema)) {
    const root =
      kind === 'query'
        ? schema.getQueryType()
        : kind === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    const field = root!.getFields()[name]!;
    for (const arg of field.args) {
      const before = out.length;
      walk(arg.type, arg.name, new Set());
      for (let i = before; i < out.length; i++) out[i] = `${ROOT_LABEL[kind]}.${name}(${out[i]})`;
    }
  }
  return out;
}

/** The operation type and root field a document runs (one operation, one root field). */
export function operationOf(query: string): { kind: OperationKind; field: string } {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const first = op?.selectionSet.selections[0];
  if (!op || first?.kind !== Kind.FIELD) throw new Error(`Not a single-field operation: ${query}`);
  return { kind: op.operation as OperationKind, field: first.name.value };
}

export const MATRIX_ROLES = [
  'ANONYMOUS',
  'PLATFORM_ADMIN',
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_MANAGER',
  'ESTATE_STAFF',
  'COMMITTEE_MEMBER',
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];
export type SignedInRole = Exclude<MatrixRole, 'ANONYMOUS'>;
export type CompanyRole = Exclude<SignedInRole, 'PLATFORM_ADMIN'>;

export const SIGNED_IN_ROLES = MATRIX_ROLES.filter((r): r is SignedInRole => r !== 'ANONYMOUS');
export const COMPANY_ROLES = SIGNED_IN_ROLES.filter((r): r is CompanyRole => r !== 'PLATFORM_ADMIN');

/**
 * A new user (and session) of the role: HQ_VIEWER covers the whole company, HQ_VIEWER_REGION only
 * `co.regions[0]` (estates 0 and 1); estate roles and the committee member get `co.estates[0]`.
 */
export function newUserOf(kit: TestKit, co: TestCompany, role: SignedInRole): Promise<TestUser> {
  switch (role) {
    case 'PLATFORM_ADMIN':
      return kit.platformAdmin();
    case 'HQ_VIEWER_REGION':
      return co.user('HQ_VIEWER', { regionId: co.regions[0]!.id });
    default:
      return co.user(role);
  }
}

export async function usersByRole(kit: TestKit, co: TestCompany): Promise<Record<SignedInRole, TestUser>> {
  const entries = await Promise.all(
    SIGNED_IN_ROLES.map(async (r) => [r, await newUserOf(kit, co, r)] as const),
  );
  return Object.fromEntries(entries) as Record<SignedInRole, TestUser>;
}

const FINGERPRINTED = [
  'files',
  'companies',
  'regions',
  'estates',
  'users',
  'memberships',
  'membership_estates',
  'invitations',
  'sessions',
  'change_log',
  'idempotency_keys',
  'login_throttle',
  'custom_indicators',
  'indicator_presets',
  'indicator_targets',
  'monthly_figures',
  'notifications',
  'audit_templates',
  'audit_template_versions',
  'audit_campaigns',
  'audit_schedules',
  'audits',
  'audit_auditors',
  'audit_answers',
  'audit_findings',
  'rectifications',
  'departments',
  'positions',
  'roster_months',
  'roster_entries',
  'staff',
  'staff_certificates',
  'staff_trainings',
  'staffing_templates',
  'work_orders',
  'work_order_commitments',
  'work_order_counts',
  'fee_collections',
  'incidents',
  'facility_checks',
  'community_activities',
  'special_services',
  'estate_repair_links',
  'repair_reports',
  'complaints',
  'surveys',
  'household_codes',
  'survey_responses',
] as const;

/**
 * A hash of every row of every table (read as the owner, so RLS does not hide any): equal
 * fingerprints before and after a call prove it wrote nothing anywhere.
 */
export async function fingerprint(kit: TestKit): Promise<Record<string, string>> {
  // Every committed insert or update leaves a row version stamped with its transaction's id (xmin),
  // newer than any before it, and a delete lowers the count: the count and the newest xmin of each
  // table change with any write, without hashing every row's text (which made the permission
  // matrix and the cross-company tests the slowest part of CI).
  const sql = FINGERPRINTED.map(
    (t) =>
      `select '${t}' as t, count(*)::int || ':' || coalesce(max(x.xmin::text::bigint), 0) as h from ${t} x`,
  ).join(' union all ');
  const rows = await kit.database.raw<{ t: string; h: string }>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

/** Current optimistic-lock version of a region or estate (read as the owner, any company). */
export async function versionOf(kit: TestKit, table: 'regions' | 'estates', id: string): Promise<number> {
  const [row] = await kit.database.raw<{ version: number }>(`select version from ${table} where id = $1`, [
    id,
  ]);
  if (!row) throw new Error(`No ${table} row ${id}`);
  return row.version;
}

/** The code of a subscription failure: a GraphQL error's `extensions.code`, or a close code. */
export function subscriptionErrorCode(error: unknown): string {
  if (Array.isArray(error)) {
    const code = (error[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code;
    return code ?? 'ERROR';
  }
  const close = (error as { code?: unknown } | null)?.code;
  return typeof close === 'number' ? `CLOSE_${close}` : 'ERROR';
}

/** The cells of every sheet of an .xlsx, one line per row, cells separated by tabs. */
export async function workbookText(bytes: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const lines: string[] = [];
  wb.eachSheet((ws) => {
    lines.push(`# ${ws.name}`);
    ws.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.push(cell.text);
        if (cell.note) cells.push(JSON.stringify(cell.note));
      });
      lines.push(cells.join('\t'));
    });
  });
  return lines.join('\n');
}

/**
 * A minimal filled monthly-figures template (the layout `exportMonthlyFigureTemplate` produces): a
 * hidden key row, a header row, one row per estate code, and the month on the help sheet.
 */
export async function figuresWorkbook(
  month: string,
  rows: { estateCode: string; values: Record<string, number> }[],
): Promise<Buffer> {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.values)))];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('月度指标');
  ws.getRow(1).values = ['estate_code', 'estate_name', ...keys];
  ws.getRow(2).values = ['小区编号', '小区名称', ...keys];
  rows.forEach((r, i) => {
    ws.getRow(3 + i).values = [r.estateCode, '', ...keys.map((k) => r.values[k] ?? null)];
  });
  wb.addWorksheet('说明').addRow(['月份', month]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A minimal audit-template items file (the layout `exportAuditTemplate` produces): a hidden key
 * row, a header row and one row per item, `rows` in the key row's column order.
 */
export async function auditItemsWorkbook(
  rows: unknown[][] = [['mx', '保洁', '矩阵分部', '', 'mx-01', '矩阵项目', '地面无垃圾', '', '', 5, '否']],
): Promise<Buffer> {
  const keys = [
    'section_key',
    'department',
    'section_title',
    'section_title_en',
    'item_key',
    'title',
    'standard',
    'title_en',
    'standard_en',
    'max_score',
    'critical',
  ];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('检查项目');
  ws.getRow(1).values = keys;
  ws.getRow(2).values = keys;
  rows.forEach((r, i) => {
    ws.getRow(3 + i).values = r as ExcelJS.CellValue[];
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
