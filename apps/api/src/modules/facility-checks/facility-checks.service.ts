/**
 * Facility checks (设施检查, issue 11 item 5): per class, the items checked and found intact, what
 * was wrong, when and by whom. Each write recomputes that class's intact rate of the months it
 * touched, for that estate, in the same transaction.
 */
import {
  type Action,
  createFacilityCheckInput,
  DEFAULT_TIME_ZONE,
  FACILITY_CLASS_INDICATOR,
  facilityCheckFilter,
  localDateOf,
  periodBounds,
  subject,
  updateFacilityCheckInput,
} from '@anju/domain';
import { accessibleWhere } from '../../authz/accessible.js';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { assertValid, conflict, forbidden, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { findCompany } from '../companies/index.js';
import type { EstateRow } from '../estates/index.js';
import { recomputeSourceFigures } from '../figures/index.js';
import type { FacilityCheckRow } from './facility-checks.schema.js';
import * as store from './facility-checks.store.js';
import type {
  CreateFacilityCheckInput,
  FacilityCheck,
  FacilityCheckFilter,
  UpdateFacilityCheckInput,
} from './facility-checks.types.js';

const CHECK = '检查记录';
const stale = () => conflict('检查记录已被他人修改，请刷新后重试', 'STALE_VERSION');

async function checkEstate(
  tx: Tx,
  caller: TenantCaller,
  estateId: unknown,
  action: Action,
): Promise<EstateRow> {
  const id = String(estateId ?? '');
  if (!isUuid(id)) throw notFound('小区');
  const estate = await loadEstateFor(tx, caller, id, 'read', 'FacilityCheck');
  if (
    action !== 'read' &&
    !caller.ability.can(
      action,
      subject('FacilityCheck', { companyId: caller.companyId, estateId: estate.id }),
    )
  )
    throw forbidden();
  return estate;
}

export const toFacilityCheck = (r: FacilityCheckRow): FacilityCheck => ({
  id: r.id,
  estateId: r.estateId,
  facilityClass: r.facilityClass,
  checkedOn: r.checkedOn,
  itemsChecked: r.itemsChecked,
  itemsIntact: r.itemsIntact,
  defects: r.defects,
  checker: r.checker,
  note: r.note,
  version: r.version,
  updatedAt: r.updatedAt,
});

async function assertNotFuture(tx: Tx, companyId: string, now: Date, day: string) {
  const today = localDateOf(now, (await findCompany(tx, companyId))?.timeZone || DEFAULT_TIME_ZONE);
  if (day > today)
    assertValid([
      { path: ['checkedOn'], reason: 'FUTURE', message: '检查日期不能晚于今天', params: { max: today } },
    ]);
}

export function listFacilityChecks(ctx: Context, filter: FacilityCheckFilter): Promise<FacilityCheck[]> {
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await checkEstate(tx, caller, filter?.estateId, 'read');
    const parsed = parseInput(facilityCheckFilter, filter);
    const access = accessibleWhere(caller.ability, 'read', 'FacilityCheck', store.facilityCheckColumns);
    const range = periodBounds(parsed);
    if (!range) return [];
    const rows = await store.checksOf(tx, caller.companyId, estate.id, access, {
      ...range,
      facilityClass: parsed.facilityClass ?? null,
    });
    return rows.map(toFacilityCheck);
  });
}

const fields = (d: {
  facilityClass: FacilityCheckRow['facilityClass'];
  checkedOn: string;
  itemsChecked: number;
  itemsIntact: number;
  defects?: string | null;
  checker: string;
  note?: string | null;
}) => ({
  facilityClass: d.facilityClass,
  checkedOn: d.checkedOn,
  itemsChecked: d.itemsChecked,
  itemsIntact: d.itemsIntact,
  defects: d.defects || null,
  checker: d.checker,
  note: d.note || null,
});

export function createFacilityCheck(ctx: Context, input: CreateFacilityCheckInput): Promise<FacilityCheck> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await checkEstate(tx, caller, input?.estateId, 'create');
    const parsed = parseInput(createFacilityCheckInput, input);
    const now = ctx.services.clock();
    await assertNotFuture(tx, caller.companyId, now, parsed.checkedOn);
    const row = await store.insertCheck(tx, {
      companyId: caller.companyId,
      estateId: estate.id,
      ...fields(parsed),
      createdBy: caller.userId,
      updatedBy: caller.userId,
      createdAt: now,
      updatedAt: now,
    });
    await changeLog('facility_check.create', 'FacilityCheck', row.id, null, row);
    await recomputeSourceFigures(
      tx,
      caller.companyId,
      estate.id,
      [row.checkedOn.slice(0, 7)],
      [FACILITY_CLASS_INDICATOR[row.facilityClass]],
      now,
    );
    return toFacilityCheck(row);
  });
}

export function updateFacilityCheck(ctx: Context, input: UpdateFacilityCheckInput): Promise<FacilityCheck> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const before = await store.findCheck(tx, caller.companyId, String(input?.id ?? ''), true);
    if (!before || !caller.ability.can('read', subject('FacilityCheck', { ...before })))
      throw notFound(CHECK);
    if (!caller.ability.can('update', subject('FacilityCheck', { ...before }))) throw forbidden();
    const parsed = parseInput(updateFacilityCheckInput, input);
    if (parsed.version !== before.version) throw stale();
    const now = ctx.services.clock();
    await assertNotFuture(tx, caller.companyId, now, parsed.checkedOn);
    const after = await store.updateCheck(tx, caller.companyId, before.id, before.version, {
      ...fields(parsed),
      updatedBy: caller.userId,
      updatedAt: now,
    });
    if (!after) throw stale();
    await changeLog('facility_check.update', 'FacilityCheck', after.id, before, after);
    await recomputeSourceFigures(
      tx,
      caller.companyId,
      after.estateId,
      [before.checkedOn.slice(0, 7), after.checkedOn.slice(0, 7)],
      [
        ...new Set([
          FACILITY_CLASS_INDICATOR[before.facilityClass],
          FACILITY_CLASS_INDICATOR[after.facilityClass],
        ]),
      ],
      now,
    );
    return toFacilityCheck(after);
  });
}
