/**
 * Fee collection (物业费收缴, issue 11 item 5): the estate's monthly amounts receivable and
 * collected, entered on the page or imported from .xlsx (fees.excel.ts). Every write recomputes
 * the estate's fee_collection figure of that month in the same transaction.
 */
import { type Action, feeCollectionsArgs, formatFen, saveFeeCollectionInput, subject } from '@anju/domain';
import { accessibleWhere } from '../../authz/accessible.js';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { assertValid, conflict, forbidden, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { currentMonthOf } from '../companies/index.js';
import type { EstateRow } from '../estates/index.js';
import { recomputeSourceFigures } from '../figures/index.js';
import type { FeeCollectionRow } from './fees.schema.js';
import * as store from './fees.store.js';
import type { FeeCollection, SaveFeeCollectionInput } from './fees.types.js';

export const FEE_CODES = ['fee_collection'] as const;

const stale = () => conflict('该月收费记录已被他人修改，请刷新后重试', 'STALE_VERSION');

/** The estate, when the caller may `action` fee records there (another company's: NOT_FOUND). */
export async function feeEstate(
  tx: Tx,
  caller: TenantCaller,
  estateId: unknown,
  action: Action,
): Promise<EstateRow> {
  const id = String(estateId ?? '');
  if (!isUuid(id)) throw notFound('小区');
  const estate = await loadEstateFor(tx, caller, id, 'read', 'FeeCollection');
  if (
    action !== 'read' &&
    !caller.ability.can(
      action,
      subject('FeeCollection', { companyId: caller.companyId, estateId: estate.id }),
    )
  )
    throw forbidden();
  return estate;
}

export function toFeeCollection(r: FeeCollectionRow): FeeCollection {
  return {
    id: r.id,
    estateId: r.estateId,
    month: r.month,
    receivable: formatFen(r.receivableFen),
    collected: formatFen(r.collectedFen),
    // Display only: the figure is computed from the fen amounts themselves.
    rate: r.receivableFen > 0 ? (r.collectedFen * 100) / r.receivableFen : null,
    note: r.note,
    version: r.version,
    updatedAt: r.updatedAt,
  };
}

/** Refuses months after the company's current one, at `path`. */
export async function assertNotFuture(
  tx: Tx,
  caller: TenantCaller,
  ctx: Context,
  months: { month: string; path: (string | number)[] }[],
) {
  const now = await currentMonthOf(tx, caller.companyId, ctx.services.clock);
  assertValid(
    months
      .filter((m) => m.month > now)
      .map((m) => ({
        path: m.path,
        reason: 'FUTURE',
        message: '不能填写未来月份的收费',
        params: { max: now },
      })),
  );
}

export function feeCollections(
  ctx: Context,
  args: { estateId: string; year?: number | null },
): Promise<FeeCollection[]> {
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await feeEstate(tx, caller, args.estateId, 'read');
    const parsed = parseInput(feeCollectionsArgs, args);
    const access = accessibleWhere(caller.ability, 'read', 'FeeCollection', store.feeColumns);
    const range = parsed.year ? { from: `${parsed.year}-01`, to: `${parsed.year}-12` } : {};
    return (await store.feesOf(tx, caller.companyId, estate.id, access, range)).map(toFeeCollection);
  });
}

/** Saves one month: a new record (no version) or a change of the one at `version`. */
export function saveFeeCollection(ctx: Context, input: SaveFeeCollectionInput): Promise<FeeCollection> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await feeEstate(tx, caller, input.estateId, 'create');
    const parsed = parseInput(saveFeeCollectionInput, input);
    await assertNotFuture(tx, caller, ctx, [{ month: parsed.month, path: ['month'] }]);
    const now = ctx.services.clock();
    const [before] = await store.feesOfMonths(tx, caller.companyId, estate.id, [parsed.month], true);
    let after: FeeCollectionRow;
    if (!before) {
      if (parsed.version != null) throw stale();
      after = await store.insertFee(tx, {
        companyId: caller.companyId,
        estateId: estate.id,
        month: parsed.month,
        receivableFen: parsed.receivable,
        collectedFen: parsed.collected,
        note: parsed.note || null,
        createdBy: caller.userId,
        updatedBy: caller.userId,
        createdAt: now,
        updatedAt: now,
      });
      await changeLog('fee_collection.create', 'FeeCollection', after.id, null, after);
    } else {
      if (parsed.version == null || parsed.version !== before.version) throw stale();
      if (!caller.ability.can('update', subject('FeeCollection', { ...before }))) throw forbidden();
      const updated = await store.updateFee(tx, caller.companyId, before.id, before.version, {
        receivableFen: parsed.receivable,
        collectedFen: parsed.collected,
        note: parsed.note || null,
        updatedBy: caller.userId,
        updatedAt: now,
      });
      if (!updated) throw stale();
      after = updated;
      await changeLog('fee_collection.update', 'FeeCollection', after.id, before, after);
    }
    await recomputeSourceFigures(tx, caller.companyId, estate.id, [after.month], FEE_CODES, now);
    return toFeeCollection(after);
  });
}
