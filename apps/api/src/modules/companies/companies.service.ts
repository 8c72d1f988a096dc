import { randomUUID } from 'node:crypto';
import {
  type Clock,
  createCompanyInput,
  currentMonth,
  DEFAULT_TIME_ZONE,
  type FieldProblem,
  subject,
  updateCompanySettingsInput,
} from '@anju/domain';
import { hashPassword } from '../../auth/passwords.js';
import type { Tx } from '../../db/client.js';
import { isUuid, withSystem } from '../../db/tenant.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import { type Context, requireAuth } from '../../graphql/context.js';
import { assertValid, conflict, forbidden, mapConstraintError, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { invalidateSessions, normaliseEmail } from '../auth/index.js';
import { writeChangeLog } from '../change-log/index.js';
import { insertMemberships, insertUser } from '../users/index.js';
import type { CompanyRow } from './companies.schema.js';
import * as store from './companies.store.js';
import type {
  CreateCompanyInput,
  UpdateCompanyInput,
  UpdateCompanySettingsInput,
} from './companies.types.js';

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

function assertPlatformAdmin(ctx: Context, action: 'read' | 'create' | 'update') {
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

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length <= 64;
  } catch {
    return false;
  }
}

/** A platform change of one company: locked, recorded in that company's trail, all or nothing. */
async function changeCompany(
  ctx: Context,
  id: string,
  action: string,
  change: (tx: Tx, before: CompanyRow) => Promise<CompanyRow>,
): Promise<CompanyRow> {
  assertPlatformAdmin(ctx, 'update');
  if (!isUuid(id)) throw notFound('公司');
  return withSystem(ctx.services.database, 'platform-admin', async (tx) => {
    const before = await store.lockCompany(tx, id);
    if (!before) throw notFound('公司');
    const after = await change(tx, before);
    await writeChangeLog(tx, {
      companyId: id,
      actorUserId: requireAuth(ctx).session.userId,
      action,
      subjectType: 'Company',
      subjectId: id,
      before,
      after,
      requestId: ctx.requestId,
    });
    return after;
  });
}

export function updateCompany(ctx: Context, input: UpdateCompanyInput): Promise<CompanyRow> {
  assertPlatformAdmin(ctx, 'update');
  const problems: FieldProblem[] = [];
  const name = input.name?.trim();
  if (input.name != null && !name)
    problems.push({ path: ['name'], reason: 'REQUIRED', message: '请填写公司名称' });
  else if (name && name.length > 60)
    problems.push({ path: ['name'], reason: 'TOO_LONG', message: '公司名称不能超过 60 个字' });
  if (input.timeZone != null && !validTimeZone(input.timeZone))
    problems.push({ path: ['timeZone'], reason: 'INVALID', message: '时区无效' });
  assertValid(problems);
  return changeCompany(ctx, input.id, 'company.update', (tx) =>
    store.updateCompany(tx, input.id, {
      ...(name ? { name } : {}),
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    }),
  );
}

/**
 * The company admin's settings of their own company (the reminder day of the monthly figures).
 * Permission first, then the input; the row is locked so two admins' changes serialise.
 */
export function updateCompanySettings(ctx: Context, input: UpdateCompanySettingsInput): Promise<CompanyRow> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await store.lockOwnCompany(tx, caller.companyId);
    if (!before) throw notFound('公司');
    const row = subject('Company', { ...before });
    if (!caller.ability.can('update', row))
      throw caller.ability.can('read', row) ? forbidden() : notFound('公司');
    const settings = parseInput(updateCompanySettingsInput, input);
    if (settings.figureReminderDay === undefined) return before;
    const after = await store.updateSettings(tx, caller.companyId, {
      figureReminderDay: settings.figureReminderDay,
    });
    await changeLog(
      'company.settings',
      'Company',
      caller.companyId,
      { figureReminderDay: before.figureReminderDay },
      { figureReminderDay: after.figureReminderDay },
    );
    return after;
  });
}

/**
 * Suspends a company: its users cannot sign in, and every session or socket working in it is
 * refused (COMPANY_SUSPENDED) from now on, on every instance. Sessions stay stored, so
 * reactivation lets people continue where they were.
 */
export async function suspendCompany(ctx: Context, id: string): Promise<CompanyRow> {
  const row = await changeCompany(ctx, id, 'company.suspend', async (tx) => {
    const after = await store.setSuspended(tx, id, true);
    if (!after) throw conflict('公司已暂停', 'ALREADY_SUSPENDED');
    return after;
  });
  await invalidateSessions(ctx.services, { companyId: id });
  return row;
}

export async function reactivateCompany(ctx: Context, id: string): Promise<CompanyRow> {
  const row = await changeCompany(ctx, id, 'company.reactivate', async (tx) => {
    const after = await store.setSuspended(tx, id, false);
    if (!after) throw conflict('公司未暂停', 'NOT_SUSPENDED');
    return after;
  });
  await invalidateSessions(ctx.services, { companyId: id });
  return row;
}
