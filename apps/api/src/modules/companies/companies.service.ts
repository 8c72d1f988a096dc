import { randomUUID } from 'node:crypto';
import { type Clock, currentMonth, DEFAULT_TIME_ZONE, type FieldProblem, subject } from '@anju/domain';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../auth/passwords.js';
import type { Tx } from '../../db/client.js';
import { withSystem } from '../../db/tenant.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import { type Context, requireAuth } from '../../graphql/context.js';
import { assertValid, forbidden, mapConstraintError, notFound } from '../../lib/errors.js';
import { tenantRead } from '../../lib/write.js';
import { normaliseEmail } from '../auth/index.js';
import { writeChangeLog } from '../change-log/index.js';
import { insertMemberships, insertUser } from '../users/index.js';
import type { CompanyRow } from './companies.schema.js';
import * as store from './companies.store.js';
import type { CreateCompanyInput } from './companies.types.js';

const SLUG = /^[a-z0-9][a-z0-9-]{1,39}$/;
const uniques = {
  companies_slug_key: { path: ['slug'], reason: 'TAKEN', message: '公司标识已存在' },
  users_email_key: { path: ['admin', 'email'], reason: 'TAKEN', message: '该邮箱已被使用' },
} satisfies Record<string, FieldProblem>;

/** The current month `YYYY-MM` in the company's time zone, by the injected clock. */
export async function currentMonthOf(tx: Tx, companyId: string, clock: Clock): Promise<string> {
  return currentMonth(clock, (await store.timeZoneOf(tx, companyId)) ?? DEFAULT_TIME_ZONE);
}

export function currentCompany(ctx: Context): Promise<CompanyRow> {
  return tenantRead(ctx, async (tx, caller) => {
    const row = await store.findCompany(tx, caller.companyId);
    if (!row || !caller.ability.can('read', subject('Company', { ...row }))) throw notFound('公司');
    return row;
  });
}

function assertPlatformAdmin(ctx: Context, action: 'read' | 'create') {
  if (!requireAuth(ctx).ability.can(action, 'Company') || !ctx.auth?.actor.platformAdmin) throw forbidden();
}

export async function listCompanies(
  ctx: Context,
  args: { first?: number | null; after?: string | null },
): Promise<Page<CompanyRow>> {
  assertPlatformAdmin(ctx, 'read');
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, 1) as [string] | undefined;
  const { rows, total } = await withSystem(ctx.services.database, 'platform-admin', (tx) =>
    store.listAllCompanies(tx, limit, after?.[0]),
  );
  return toPage(rows, limit, (r) => [r.slug], total);
}

function validate(input: CreateCompanyInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  if (!name) problems.push({ path: ['name'], reason: 'REQUIRED', message: '请填写公司名称' });
  else if (name.length > 60)
    problems.push({ path: ['name'], reason: 'TOO_LONG', message: '公司名称不能超过 60 个字' });
  if (!SLUG.test(input.slug))
    problems.push({ path: ['slug'], reason: 'INVALID', message: '公司标识只能包含小写字母、数字和 -' });
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normaliseEmail(input.admin.email))) {
    problems.push({ path: ['admin', 'email'], reason: 'INVALID', message: '邮箱格式不正确' });
  }
  if (!input.admin.name.trim())
    problems.push({ path: ['admin', 'name'], reason: 'REQUIRED', message: '请填写管理员姓名' });
  if (input.admin.password.length < MIN_PASSWORD_LENGTH || input.admin.password.length > 200) {
    problems.push({
      path: ['admin', 'password'],
      reason: 'TOO_SHORT',
      message: `密码至少 ${MIN_PASSWORD_LENGTH} 位`,
    });
  }
  return problems;
}

/** Platform operation: a company, its first admin and their membership, all or nothing. */
export async function createCompany(ctx: Context, input: CreateCompanyInput): Promise<CompanyRow> {
  assertPlatformAdmin(ctx, 'create');
  assertValid(validate(input));
  const passwordHash = await hashPassword(input.admin.password);
  try {
    return await withSystem(ctx.services.database, 'platform-admin', async (tx) => {
      const company = await store.insertCompany(tx, { name: input.name.trim(), slug: input.slug });
      const adminId = randomUUID();
      const email = normaliseEmail(input.admin.email);
      await insertUser(tx, {
        id: adminId,
        email,
        name: input.admin.name.trim(),
        phone: null,
        passwordHash,
        invitationTokenHash: null,
        invitationExpiresAt: null,
      });
      await insertMemberships(tx, company.id, adminId, [
        { role: 'COMPANY_ADMIN', regionId: null, estateIds: [] },
      ]);
      await writeChangeLog(tx, {
        companyId: company.id,
        actorUserId: requireAuth(ctx).session.userId,
        action: 'company.create',
        subjectType: 'Company',
        subjectId: company.id,
        after: { company, admin: { id: adminId, email } },
        requestId: ctx.requestId,
      });
      return company;
    });
  } catch (error) {
    throw mapConstraintError(error, uniques) ?? error;
  }
}
