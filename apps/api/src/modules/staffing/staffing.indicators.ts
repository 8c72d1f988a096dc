/**
 * The two indicators computed from staff records (issue 10 item 6), through the indicator source
 * interface like `audit_score`:
 *
 * - training_pass (管理层员工专业培训合格率): training records of the month of people in management
 *   positions; passed / all (人次).
 * - certified_on_duty (特种作业员工持证上岗率): people employed on the month's last day in posts
 *   that require a certificate; those holding a current certificate of a required kind / all.
 *
 * Both are a function of the records and the month only (no clock): computing them again, now or
 * later, gives the same figure, so they may be computed lazily. They are written as computed
 * drafts by `recomputeStaffingIndicators` (which the staff module calls in the transaction that
 * changed a staff, certificate or training record) and re-derived every night by the figures
 * drift check (jobs module), which also catches a recompute that had to wait (below).
 * `staffingIndicatorDrillDown` lists the people behind a figure, from the same rows.
 */
import {
  addMonths,
  CERTIFIED_ON_DUTY,
  certifiedOnDutyRows,
  DEFAULT_TIME_ZONE,
  type IndicatorRow,
  indicatorByCode,
  indicatorFigure,
  isMonth,
  monthBounds,
  monthlyValue,
  monthOfDate,
  STAFFING_INDICATOR_CODES,
  type StaffingIndicatorCode,
  staffingIndicatorDrillDownArgs,
  TRAINING_PASS,
  trainingPassRows,
} from '@anju/domain';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { assertMonth } from '../../lib/months.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead } from '../../lib/write.js';
import { currentMonthOf, findCompany } from '../companies/index.js';
import { latestFigure, recomputeFigures } from '../figures/index.js';
import { type IndicatorSource, loadCatalogue, registerIndicatorSource } from '../indicators/index.js';
import { onStaffRecordsChanged, type StaffRecordsListener } from '../staff/index.js';
import { mayReadStaff } from './staffing.service.js';
import * as store from './staffing.store.js';
import type { StaffingIndicatorDrillDown } from './staffing.types.js';

/** The rows behind an estate's figure of `month` (the figure is counted / all of them). */
export async function staffingIndicatorRows(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
  code: StaffingIndicatorCode,
): Promise<IndicatorRow[]> {
  const bounds = monthBounds(month);
  if (code === TRAINING_PASS) {
    const trainings = await store.trainingsOf(tx, companyId, estateId, bounds);
    const positionOf = new Map(
      trainings.map((t) => [
        t.staffId,
        { id: t.positionId, code: t.positionCode, departmentCode: t.departmentCode },
      ]),
    );
    return trainingPassRows(month, trainings, (staffId) => positionOf.get(staffId));
  }
  const [positions, staff, certificates] = [
    await store.positionsOf(tx, companyId, [estateId]),
    await store.staffOf(tx, companyId, [estateId], bounds.to),
    await store.certificatesOf(tx, companyId, [estateId]),
  ];
  return certifiedOnDutyRows(month, staff, positions, certificates);
}

const sourceFor = (code: StaffingIndicatorCode): IndicatorSource => ({
  name: `staffing.${code}`,
  measurement: indicatorByCode(code)!.measurement,
  codes: [code],
  async compute(tx, companyId, estateId, month) {
    // Nothing to count (no training that month, nobody in a requiring post): no figure, not 0.
    return indicatorFigure(await staffingIndicatorRows(tx, companyId, estateId, month, code));
  },
});

export const trainingPassSource = sourceFor(TRAINING_PASS);
export const certifiedOnDutySource = sourceFor(CERTIFIED_ON_DUTY);

/** Registers both sources (idempotent); answers the unregister. Called by the composition root. */
/** Each write of staff records recomputes its estate's staffing figures, in the same transaction. */
const onStaffWrite: StaffRecordsListener = (tx, change) =>
  recomputeStaffingIndicators(tx, change.companyId, change.estateId, change.now, {
    ...(change.months ? { months: change.months } : {}),
  });

export function registerStaffingIndicatorSources(): () => void {
  const off = [
    registerIndicatorSource(trainingPassSource),
    registerIndicatorSource(certifiedOnDutySource),
    onStaffRecordsChanged(onStaffWrite),
  ];
  return () => {
    for (const f of off) f();
  };
}

export interface StaffingRecompute {
  /** Figures rewritten, as `month:code`. */
  written: string[];
  /** Figures whose month is with HQ for approval (SUBMITTED): left for the nightly drift check. */
  waiting: string[];
}

const same = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Recomputes an estate's staffing indicators inside the caller's transaction: for the staff
 * module, after each write of a staff, certificate or training record (`now` from the injected
 * clock). Covers the company's current and previous month (the months still being reported) and
 * any `months` given (the month of a training record's date, say); a month after the current one
 * is skipped. Only figures whose value changed are written, so an approved month gets no new
 * revision for nothing; a figure whose month is SUBMITTED (waiting for HQ) is not touched, which
 * would refuse the staff write, and is left for the nightly drift check once HQ has decided.
 */
export async function recomputeStaffingIndicators(
  tx: Tx,
  companyId: string,
  estateId: string,
  now: Date,
  options: { months?: readonly string[] } = {},
): Promise<StaffingRecompute> {
  const zone = (await findCompany(tx, companyId))?.timeZone || DEFAULT_TIME_ZONE;
  const current = monthOfDate(now, zone);
  const months = [...new Set([addMonths(current, -1), current, ...(options.months ?? [])])]
    .filter((m) => isMonth(m) && m <= current)
    .sort();
  const result: StaffingRecompute = { written: [], waiting: [] };
  // An indicator the company retired keeps its history and gets no new figure (as the drift check).
  const catalogue = await loadCatalogue(tx, companyId);
  const codes = STAFFING_INDICATOR_CODES.filter((c) => {
    const def = catalogue.byCode.get(c);
    return def != null && !def.retired;
  });
  for (const month of months) {
    const changed: StaffingIndicatorCode[] = [];
    for (const code of codes) {
      const derived = indicatorFigure(await staffingIndicatorRows(tx, companyId, estateId, month, code));
      if (!derived) continue;
      const stored = await latestFigure(tx, companyId, estateId, month, code);
      if (
        stored &&
        same(stored.numerator, derived.numerator) &&
        same(stored.denominator, derived.denominator)
      )
        continue;
      if (stored?.state === 'SUBMITTED') {
        result.waiting.push(`${month}:${code}`);
        continue;
      }
      changed.push(code);
    }
    if (changed.length) {
      await recomputeFigures(tx, companyId, estateId, month, changed);
      result.written.push(...changed.map((c) => `${month}:${c}`));
    }
  }
  return result;
}

/**
 * The people behind an estate's staffing figure of a month, for whoever may read that estate's
 * monthly figures (a comparison cell's drill-down). Names (and staff ids) only for callers who
 * may read the estate's staff.
 */
export function staffingIndicatorDrillDown(
  ctx: Context,
  args: { estateId: string; indicatorCode: string; month: string },
): Promise<StaffingIndicatorDrillDown> {
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await loadEstateFor(tx, caller, args.estateId, 'read', 'MonthlyFigure');
    const parsed = parseInput(staffingIndicatorDrillDownArgs, args);
    assertMonth(parsed.month, ['month'], {
      notFuture: true,
      now: await currentMonthOf(tx, caller.companyId, ctx.services.clock),
    });
    const code = parsed.indicatorCode;
    const rows = await staffingIndicatorRows(tx, caller.companyId, estate.id, parsed.month, code);
    const figure = indicatorFigure(rows);
    const names = mayReadStaff(caller.ability, caller.companyId, estate.id);
    const people = names
      ? await store.staffNames(
          tx,
          caller.companyId,
          rows.map((r) => r.staffId),
        )
      : new Map();
    const positionNames = new Map(
      (await store.positionsOf(tx, caller.companyId, [estate.id])).map((p) => [p.id, p.name]),
    );
    return {
      estateId: estate.id,
      indicatorCode: code,
      month: parsed.month,
      numerator: figure?.numerator ?? null,
      denominator: figure?.denominator ?? null,
      value: figure ? monthlyValue(indicatorByCode(code)!, figure) : null,
      namesHidden: !names,
      rows: rows.map((r) => ({
        staffId: names ? r.staffId : null,
        staffName: names ? (people.get(r.staffId)?.name ?? null) : null,
        positionId: r.positionId,
        positionName: positionNames.get(r.positionId) ?? '',
        counted: r.counted,
        reason: r.reason,
        course: r.course ?? null,
        trainedOn: r.trainedOn ?? null,
        certificateKind: r.kind ?? null,
        expiresOn: r.expiresOn ?? null,
      })),
    };
  });
}
