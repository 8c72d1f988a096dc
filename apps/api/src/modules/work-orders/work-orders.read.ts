/**
 * Reading work orders: an estate's list (filtered and paged in SQL through the caller's ability),
 * one order, and the live board of an estate.
 */
import {
  endOfZonedDay,
  startOfZonedDay,
  WORK_ORDER_BOARD_COLUMNS,
  workOrderFilter,
  zonedDate,
} from '@anju/domain';
import { accessibleWhere } from '../../authz/accessible.js';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { dependsOnEstateOrders, holdsUntil, readAtStamp } from '../../graphql/response-cache.js';
import { badInput, forbidden, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead } from '../../lib/write.js';
import {
  canReadWorkOrder,
  readableWorkOrder,
  readsEveryOrderOf,
  timeZoneOf,
  toWorkOrder,
  toWorkOrders,
} from './work-orders.access.js';
import * as store from './work-orders.store.js';
import type { WorkOrder, WorkOrderBoard, WorkOrderFilter } from './work-orders.types.js';

/** Cards per board column at most (the board is a glance, the list has the rest). */
export const MAX_BOARD_CARDS = 50;
const DEFAULT_BOARD_CARDS = 20;

/** The estate of a work-order read: NOT_FOUND when hidden, FORBIDDEN when the caller reads no orders there. */
export async function estateForWorkOrders(tx: Tx, caller: TenantCaller, estateId: unknown) {
  const id = String(estateId ?? '');
  if (!isUuid(id)) throw notFound('小区');
  return loadEstateFor(tx, caller, id, 'read', 'Estate');
}

/**
 * A caller who sees the estate but reads no work order at all (the committee) is FORBIDDEN. Staff
 * read only some orders (their own, their department's): a type-level check, the rows are filtered.
 */
function assertReadsWorkOrders(caller: TenantCaller) {
  if (!caller.ability.can('read', 'WorkOrder')) throw forbidden();
}

type Cursor = [string, string];
function cursorOf(after: string | null | undefined): Cursor | undefined {
  const c = decodeCursor(after, 2) as Cursor | undefined;
  if (c && (Number.isNaN(Date.parse(String(c[0]))) || !isUuid(c[1])))
    throw badInput([{ path: ['after'], reason: 'INVALID', message: '分页游标无效' }]);
  return c;
}

/**
 * When the answer may be cached (response-cache.ts): the version of the estate's orders, read
 * before the orders themselves, is what a cached answer is checked against.
 */
async function noteEstateOrders(ctx: Context, tx: Tx, caller: TenantCaller, estateId: string) {
  if (!ctx.answer) return;
  const versions = await store.estateOrderVersions(tx, caller.companyId, [estateId]);
  dependsOnEstateOrders(ctx, estateId, versions.get(estateId) ?? 0);
}

/** An id filter that names nothing (malformed) matches nothing, like an unknown one. */
const idFilter = (v: string | null | undefined) =>
  v == null ? null : isUuid(v) ? v : '00000000-0000-0000-0000-000000000000';

export function listWorkOrders(
  ctx: Context,
  args: { filter: WorkOrderFilter; first?: number | null; after?: string | null },
): Promise<Page<WorkOrder>> {
  return tenantRead(ctx, async (tx, caller) => {
    // Permission first: nothing of the filter is judged for a caller who may not list there.
    const estate = await estateForWorkOrders(tx, caller, args.filter?.estateId);
    assertReadsWorkOrders(caller);
    const limit = pageSize(args.first);
    const after = cursorOf(args.after);
    const f = parseInput(workOrderFilter, args.filter ?? {}, ['filter']);
    await noteEstateOrders(ctx, tx, caller, estate.id);
    const { rows, total } = await store.listWorkOrders(
      tx,
      caller.companyId,
      accessibleWhere(caller.ability, 'read', 'WorkOrder', store.workOrderColumns),
      {
        estateId: estate.id,
        status: f.status ?? null,
        kind: f.kind ?? null,
        category: f.category ?? null,
        assigneeUserId: f.assigneeUserId === undefined ? null : idFilter(f.assigneeUserId),
        breached: f.breached ?? null,
        search: f.search || null,
      },
      { limit, after, keptTotal: readsEveryOrderOf(caller.ability, caller.companyId, estate.id) },
    );
    const page = toPage(rows, limit, (r) => [r.reportedAt.toISOString(), r.id], total);
    const orders = await toWorkOrders(
      tx,
      caller,
      page.edges.map((e) => e.node),
    );
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: orders[i]! })) };
  });
}

export function workOrder(ctx: Context, id: string): Promise<WorkOrder> {
  return tenantRead(ctx, async (tx, caller) =>
    toWorkOrder(tx, caller, await readableWorkOrder(tx, caller, id)),
  );
}

/** An order as the caller may see it now, or null (events: the subscriber may have lost sight of it). */
export function workOrderIfReadable(ctx: Context, id: string): Promise<WorkOrder | null> {
  return tenantRead(ctx, async (tx, caller) => {
    const row = await store.findWorkOrder(tx, caller.companyId, id);
    if (!row || !canReadWorkOrder(caller.ability, row)) return null;
    return toWorkOrder(tx, caller, row);
  });
}

/**
 * The live board of an estate: per column the orders the caller may read (counted and flagged in
 * SQL), with the first `first` cards, longest waiting first. DONE and AWAITING_CALLBACK split the
 * completed orders at the company's local midnight.
 */
export function workOrderBoard(
  ctx: Context,
  args: { estateId: string; first?: number | null },
): Promise<WorkOrderBoard> {
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await estateForWorkOrders(tx, caller, args.estateId);
    assertReadsWorkOrders(caller);
    const first = args.first ?? DEFAULT_BOARD_CARDS;
    if (!Number.isInteger(first) || first < 1 || first > MAX_BOARD_CARDS)
      throw badInput([
        { path: ['first'], reason: 'OUT_OF_RANGE', message: `每列卡片数应在 1 到 ${MAX_BOARD_CARDS} 之间` },
      ]);
    const now = ctx.services.clock();
    const timeZone = await timeZoneOf(tx, caller.companyId);
    const today = startOfZonedDay(zonedDate(now, timeZone), timeZone);
    // Cached, it holds until midnight (DONE becomes AWAITING_CALLBACK) or the next write.
    holdsUntil(ctx, endOfZonedDay(now, timeZone));
    await noteEstateOrders(ctx, tx, caller, estate.id);
    const access = accessibleWhere(caller.ability, 'read', 'WorkOrder', store.workOrderColumns);
    // Who reads every order of the estate gets the counts from the kept counts; DONE (today's
    // completions, few) is counted, AWAITING_CALLBACK is the rest of the completed orders.
    const kept = readsEveryOrderOf(caller.ability, caller.companyId, estate.id)
      ? await store.keptCountsByStatus(tx, caller.companyId, estate.id)
      : null;
    // The cards of every column in one statement, the counts the kept counts do not give beside
    // it (sent together: the driver pipelines them on the transaction's connection).
    const wheres = WORK_ORDER_BOARD_COLUMNS.map((column) => ({
      column,
      where: store.boardColumnWhere(column, today),
    }));
    const [cardsOf, counted] = await Promise.all([
      store.boardCards(tx, caller.companyId, access, estate.id, wheres, first),
      Promise.all(
        wheres.map(({ column, where }) =>
          !kept || column === 'DONE'
            ? store.boardCount(tx, caller.companyId, access, estate.id, where)
            : { total: 0, breached: 0 },
        ),
      ),
    ]);
    const found = wheres.map(({ column }, i) => ({
      column,
      rows: cardsOf.get(column) ?? [],
      total: counted[i]!.total,
      breached: counted[i]!.breached,
    }));
    if (kept) {
      const of = (status: string) => kept.get(status as never) ?? { n: 0, breached: 0 };
      const done = found.find((c) => c.column === 'DONE')!;
      for (const c of found) {
        if (c.column === 'DONE') continue;
        const sums = c.column === 'AWAITING_CALLBACK' ? of('COMPLETED') : of(c.column);
        const less = c.column === 'AWAITING_CALLBACK' ? done : { total: 0, breached: 0 };
        c.total = Math.max(0, sums.n - less.total);
        c.breached = Math.max(0, sums.breached - less.breached);
      }
    }
    // Every card of every column in one batch (names, departments, photos: a few statements).
    const cards = await toWorkOrders(
      tx,
      caller,
      found.flatMap((c) => c.rows),
    );
    let next = 0;
    const columns = found.map((c) => {
      const mine = cards.slice(next, next + c.rows.length);
      next += c.rows.length;
      return { column: c.column, count: c.total, breachedCount: c.breached, cards: mine };
    });
    return { estateId: estate.id, at: readAtStamp(ctx, now), columns };
  });
}

/** Who the caller may dispatch the order to: empty unless they may dispatch it now. */
export function assignableUsersOf(ctx: Context, w: WorkOrder): Promise<{ id: string; name: string }[]> {
  if (!w.nextSteps.includes('DISPATCH')) return Promise.resolve([]);
  return tenantRead(ctx, (tx, caller) => store.assignableUsers(tx, caller.companyId, w.estateId));
}
