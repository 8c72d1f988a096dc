import { randomUUID } from 'node:crypto';
import { createCompanyInput, type FieldProblem, subject } from '@anju/domain';
import { hashPassword } from '../../auth/passwords.js';
import { withSystem } from '../../db/tenant.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import { type Context, requireAuth } from '../../graphql/context.js';
import { forbidden, mapConstraintError, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead } from '../../lib/write.js';
import { writeAudit } from '../audit-log/audit-log.store.js';
import { normaliseEmail } from '../auth/auth.service.js';
import { insertMemberships, insertUser } from '../users/users.store.js';
import type { CompanyRow } from './companies.schema.js';
import * as store from './companies.store.js';
import type { CreateCompanyInput } from './companies.types.js';

const uniques = {
  companies_slug_key: { path: ['slug'], reason: 'TAKEN', message: '公司标识已存在' },
  users_email_key: { path: ['admin', 'email'], reason: 'TAKEN', message: '该邮箱已被使用' },
} satisfies Record<string, FieldProblem>;

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

/** Platform operation: a company, its first admin and their membership, all or nothing. */
export async function createCompany(ctx: Context, input: CreateCompanyInput): Promise<CompanyRow> {
  assertPlatformAdmin(ctx, 'create');
  parseInput(createCompanyInput, input);
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
      await writeAudit(tx, {
        companyId: company.id,
        actorUserId: ctx.auth!.session.userId,
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
