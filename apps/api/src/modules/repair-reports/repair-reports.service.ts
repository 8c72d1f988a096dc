/**
 * The residents' repair reports by QR code (扫码报修, issue 11 item 2).
 *
 * - Each estate has a public link (a token in its QR poster) that its manager sees and rotates.
 * - Anyone with the link reports a repair without signing in: unit or place, description, mobile
 *   number, up to three photos (uploaded first through POST /public/repair-reports/{token}/photos).
 *   It becomes a real work order of the estate, channel QR_CODE, for the estate's 工程部.
 * - The resident gets a tracking link (its own unguessable token; only its SHA-256 is kept) that
 *   shows the order's progress — status and step times, never staff names or other residents'
 *   data — and once the repair is done asks for a rating (1–5 and a comment), once.
 *
 * Tenancy: a token is looked up under withSystem('public-link') (one row by the token, answering
 * only the company and ids); all the work then runs in that company's tenant transaction (RLS).
 * Reports and ratings are rate-limited per address (repairReport), photos too (repairPhoto).
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  defaultDepartmentOf,
  type FieldProblem,
  rateRepairReportInput,
  submitRepairReportInput,
  type WorkOrderStatus,
} from '@anju/domain';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Database, Tx } from '../../db/client.js';
import { isUuid, withSystem, withTenant } from '../../db/tenant.js';
import { attachFile } from '../../files/index.js';
import type { Context } from '../../graphql/context.js';
import { badInput, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantWrite } from '../../lib/write.js';
import { writeChangeLog } from '../change-log/index.js';
import { findCompany } from '../companies/index.js';
import { findEstate } from '../estates/index.js';
import {
  announceNewWorkOrder,
  departmentOf,
  findWorkOrder,
  insertNewWorkOrder,
  type WorkOrderRow,
} from '../work-orders/index.js';
import type { EstateRepairLinkRow } from './repair-reports.schema.js';
import * as store from './repair-reports.store.js';
import type {
  EstateRepairLink,
  RepairReportPage,
  RepairReportReceipt,
  RepairTracking,
} from './repair-reports.types.js';

const LINK = '报修链接';
const TRACKING = '报修记录';
const PHOTO_GONE = '照片不存在或已失效，请重新上传';

/** A fresh public token: 24 random bytes, 32 URL-safe characters (PUBLIC_TOKEN). */
export const newPublicToken = () => randomBytes(24).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/;

/** The company and estate of an estate link token; NOT_FOUND for anything else (any shape). */
export async function resolveEstateToken(database: Database, token: unknown) {
  const t = String(token ?? '');
  if (!TOKEN_SHAPE.test(t)) throw notFound(LINK);
  const found = await withSystem(database, 'public-link', (tx) => store.estateOfToken(tx, t));
  if (!found) throw notFound(LINK);
  return found;
}

async function resolveTrackingToken(ctx: Context, token: unknown) {
  const t = String(token ?? '');
  if (!TOKEN_SHAPE.test(t)) throw notFound(TRACKING);
  const found = await withSystem(ctx.services.database, 'public-link', (tx) =>
    store.reportOfTokenHash(tx, tokenHash(t)),
  );
  if (!found) throw notFound(TRACKING);
  return found;
}

/** A tenant transaction of a public request: no signed-in caller, the change log has no actor. */
async function publicWrite<T>(
  ctx: Context,
  companyId: string,
  fn: (
    tx: Tx,
    changeLog: (action: string, type: string, id: string, before: unknown, after: unknown) => Promise<void>,
  ) => Promise<T>,
): Promise<T> {
  let touched: Awaited<ReturnType<Context['services']['dataVersions']['touched']>> | undefined;
  const result = await withTenant(ctx.services.database, companyId, async (tx) => {
    const value = await fn(tx, (action, subjectType, subjectId, before, after) =>
      writeChangeLog(tx, {
        companyId,
        actorUserId: null,
        action,
        subjectType,
        subjectId,
        before,
        after,
        requestId: ctx.requestId,
      }),
    );
    touched = await ctx.services.dataVersions.touched(tx);
    return value;
  });
  if (touched) ctx.services.dataVersions.changed(companyId, touched);
  return result;
}

// ---- the public page ------------------------------------------------------------------------------

export async function repairReportPage(ctx: Context, token: string): Promise<RepairReportPage> {
  const { companyId, estateId } = await resolveEstateToken(ctx.services.database, token);
  return withTenant(ctx.services.database, companyId, async (tx) => {
    const estate = await findEstate(tx, companyId, estateId);
    const company = await findCompany(tx, companyId);
    if (!estate || !company) throw notFound(LINK);
    return { estateName: estate.name, companyName: company.name };
  });
}

export async function submitRepairReport(
  ctx: Context,
  input: { token: string },
): Promise<RepairReportReceipt> {
  // Per address, before anything else: a flood costs no lookup and no parsing.
  await ctx.services.rateLimits.consume('repairReport', ctx.ip);
  const parsed = parseInput(submitRepairReportInput, input);
  const { companyId, estateId } = await resolveEstateToken(ctx.services.database, parsed.token);
  const trackingToken = newPublicToken();
  const now = ctx.services.clock();
  let created: WorkOrderRow | undefined;
  const receipt = await publicWrite(ctx, companyId, async (tx, changeLog) => {
    const estate = await findEstate(tx, companyId, estateId);
    if (!estate) throw notFound(LINK);
    // A malformed photo id is refused before the row is written (the column holds uuids).
    const malformed: FieldProblem[] = (parsed.photoFileIds ?? []).flatMap((fileId, i) =>
      isUuid(fileId) ? [] : [{ path: ['photoFileIds', i], reason: 'NOT_FOUND', message: PHOTO_GONE }],
    );
    if (malformed.length) throw badInput(malformed);
    const category = parsed.category ?? 'OTHER';
    const department = await departmentOf(tx, companyId, estateId, { code: defaultDepartmentOf(category) });
    const order = await insertNewWorkOrder(tx, companyId, now, {
      estateId,
      locationKind: parsed.publicArea ? 'PUBLIC_AREA' : 'UNIT',
      location: parsed.location,
      category,
      // The resident reports; staff judge the urgency on the phone.
      kind: 'MINOR',
      description: parsed.description,
      channel: 'QR_CODE',
      reporterName: parsed.reporterName || null,
      reporterPhone: parsed.phone,
      departmentId: department?.id ?? null,
      photoFileIds: [...(parsed.photoFileIds ?? [])],
      createdBy: null,
    });
    // Photos uploaded through this estate's public page only (they are kept as the estate's).
    const problems: FieldProblem[] = [];
    for (const [i, fileId] of (parsed.photoFileIds ?? []).entries()) {
      const attached = await attachFile(
        tx,
        { companyId, userId: estateId },
        fileId,
        { type: 'WorkOrder', id: order.id },
        now,
      );
      if (!attached) problems.push({ path: ['photoFileIds', i], reason: 'NOT_FOUND', message: PHOTO_GONE });
    }
    if (problems.length) throw badInput(problems);
    const report = await store.insertReport(tx, companyId, {
      estateId,
      workOrderId: order.id,
      trackingTokenHash: tokenHash(trackingToken),
      createdAt: now,
    });
    await changeLog('work_order.create', 'WorkOrder', order.id, null, order);
    await changeLog('repair_report.create', 'RepairReport', report.id, null, {
      ...report,
      trackingTokenHash: null,
    });
    created = order;
    return { trackingToken, number: order.number, estateName: estate.name, reportedAt: now };
  });
  if (created) await announceNewWorkOrder(ctx.services, created);
  return receipt;
}

// ---- tracking ---------------------------------------------------------------------------------------

const DONE: readonly WorkOrderStatus[] = ['COMPLETED', 'CALLED_BACK', 'CLOSED'];

function trackingOf(
  estateName: string,
  order: WorkOrderRow,
  report: { rating: number | null; ratingComment: string | null; ratedAt: Date | null },
): RepairTracking {
  const done = DONE.includes(order.status);
  return {
    estateName,
    number: order.number,
    location: order.location,
    category: order.category,
    description: order.description,
    status: order.status,
    reportedAt: order.reportedAt,
    dispatchedAt: order.dispatchedAt,
    arrivedAt: order.arrivedAt,
    completedAt: order.completedAt,
    calledBackAt: order.calledBackAt,
    closedAt: order.closedAt,
    photoCount: order.photoFileIds.length,
    canRate: done && report.ratedAt === null,
    rating: report.rating,
    ratingComment: report.ratingComment,
    ratedAt: report.ratedAt,
  };
}

async function loadTracking(tx: Tx, companyId: string, reportId: string, lock = false) {
  const report = await store.findReport(tx, companyId, reportId, lock);
  const order = report && (await findWorkOrder(tx, companyId, report.workOrderId));
  const estate = report && (await findEstate(tx, companyId, report.estateId));
  if (!report || !order || !estate) throw notFound(TRACKING);
  return { report, order, estate };
}

export async function repairTracking(ctx: Context, token: string): Promise<RepairTracking> {
  const { companyId, reportId } = await resolveTrackingToken(ctx, token);
  return withTenant(ctx.services.database, companyId, async (tx) => {
    const { report, order, estate } = await loadTracking(tx, companyId, reportId);
    return trackingOf(estate.name, order, report);
  });
}

export async function rateRepairReport(ctx: Context, input: { token: string }): Promise<RepairTracking> {
  await ctx.services.rateLimits.consume('repairReport', ctx.ip);
  const parsed = parseInput(rateRepairReportInput, input);
  const { companyId, reportId } = await resolveTrackingToken(ctx, parsed.token);
  const now = ctx.services.clock();
  return publicWrite(ctx, companyId, async (tx, changeLog) => {
    const { report, order, estate } = await loadTracking(tx, companyId, reportId, true);
    if (report.ratedAt)
      throw badInput([
        { path: ['rating'], reason: 'ALREADY_RATED', message: '已评价过，每次报修只能评价一次' },
      ]);
    if (!DONE.includes(order.status))
      throw badInput([
        {
          path: ['rating'],
          reason: 'INVALID_TRANSITION',
          message: '维修完成后才能评价',
          params: { status: order.status },
        },
      ]);
    const after = await store.rateReport(tx, companyId, report.id, {
      rating: parsed.rating,
      ratingComment: parsed.comment || null,
      ratedAt: now,
    });
    if (!after)
      throw badInput([
        { path: ['rating'], reason: 'ALREADY_RATED', message: '已评价过，每次报修只能评价一次' },
      ]);
    await changeLog(
      'repair_report.rate',
      'RepairReport',
      report.id,
      { ...report, trackingTokenHash: null },
      {
        ...after,
        trackingTokenHash: null,
      },
    );
    return trackingOf(estate.name, order, after);
  });
}

// ---- the estate's link (managers) -------------------------------------------------------------

const linkOf = (row: EstateRepairLinkRow, estateName: string): EstateRepairLink => ({
  estateId: row.estateId,
  estateName,
  token: row.token,
  path: `/r/${row.token}`,
  createdAt: row.createdAt,
  rotatedAt: row.rotatedAt,
  version: row.version,
});

/** The estate's public repair link (made on first ask): its manager and the company admin. */
export function estateRepairLink(ctx: Context, estateId: string): Promise<EstateRepairLink> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await loadEstateFor(tx, caller, String(estateId), 'manage', 'WorkOrder');
    const existing = await store.linkOfEstate(tx, caller.companyId, estate.id);
    if (existing) return linkOf(existing, estate.name);
    const { row, created } = await store.ensureLink(tx, caller.companyId, {
      estateId: estate.id,
      token: newPublicToken(),
      createdBy: caller.userId,
      createdAt: ctx.services.clock(),
    });
    if (created) await changeLog('estate_repair_link.create', 'EstateRepairLink', row.id, null, row);
    return linkOf(row, estate.name);
  });
}

/** A new token for the estate's link: the old poster's QR code stops working at once. */
export function rotateEstateRepairLink(ctx: Context, estateId: string): Promise<EstateRepairLink> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await loadEstateFor(tx, caller, String(estateId), 'manage', 'WorkOrder');
    const now = ctx.services.clock();
    const before = await store.linkOfEstate(tx, caller.companyId, estate.id, true);
    if (!before) {
      const { row } = await store.ensureLink(tx, caller.companyId, {
        estateId: estate.id,
        token: newPublicToken(),
        createdBy: caller.userId,
        createdAt: now,
      });
      await changeLog('estate_repair_link.create', 'EstateRepairLink', row.id, null, row);
      return linkOf(row, estate.name);
    }
    const after = await store.rotateLink(tx, caller.companyId, before.id, {
      token: newPublicToken(),
      rotatedBy: caller.userId,
      rotatedAt: now,
    });
    await changeLog('estate_repair_link.rotate', 'EstateRepairLink', before.id, before, after);
    return linkOf(after, estate.name);
  });
}
