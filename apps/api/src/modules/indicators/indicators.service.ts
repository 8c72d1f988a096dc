import {
  createIndicatorInput,
  presetInForce,
  setIndicatorTargetInput,
  subject,
  targetInForce,
} from '@anju/domain';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { type Context, requireTenant } from '../../graphql/context.js';
import { appError, badInput, forbidden, mapConstraintError, notFound } from '../../lib/errors.js';
import { assertMonth } from '../../lib/months.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import { currentMonthOf } from '../companies/index.js';
import { userNames } from '../users/index.js';
import * as store from './indicators.store.js';
import { loadCatalogue } from './indicators.store.js';
import {
  type CreateIndicatorInput,
  type EffectiveTarget,
  type Indicator,
  type IndicatorSettings,
  type SetIndicatorPresetInput,
  type SetIndicatorTargetInput,
  TARGET_OPS,
  type TargetChange,
} from './indicators.types.js';
import { toIndicator, toTargetValue } from './indicators.views.js';

const _CODE = /^[a-z][a-z0-9_]{1,39}$/;

/** Type-level check first: a caller who may not change targets learns nothing from validation. */
function assertMayChange(ctx: Context, type: 'Indicator' | 'IndicatorTarget') {
  if (!requireTenant(ctx).ability.can(type === 'Indicator' ? 'create' : 'update', type)) throw forbidden();
}

function assertCanRead(ctx: Context) {
  if (!requireTenant(ctx).ability.can('read', 'Indicator')) throw forbidden();
}

/** A target change takes effect from the company's current month on, never in the past. */
async function assertFromThisMonth(ctx: Context, tx: Tx, companyId: string, month: string) {
  const now = await currentMonthOf(tx, companyId, ctx.services.clock);
  assertMonth(month, ['effectiveMonth'], { notPast: true, now });
}

export function listIndicators(ctx: Context, includeRetired: boolean): Promise<Indicator[]> {
  return tenantRead(ctx, async (tx, caller) => {
    assertCanRead(ctx);
    const catalogue = await loadCatalogue(tx, caller.companyId);
    return catalogue.indicators.filter((i) => includeRetired || !i.retired).map(toIndicator);
  });
}

export function indicatorSettings(ctx: Context): Promise<IndicatorSettings> {
  return tenantRead(ctx, async (tx, caller) => {
    assertCanRead(ctx);
    const history = await store.presetHistory(tx, caller.companyId);
    return {
      presetNow: presetInForce(history, await currentMonthOf(tx, caller.companyId, ctx.services.clock)),
      history: history.map((h) => ({ preset: h.preset, effectiveMonth: h.effectiveMonth, setAt: h.setAt })),
    };
  });
}

export async function setIndicatorPreset(
  ctx: Context,
  input: SetIndicatorPresetInput,
): Promise<IndicatorSettings> {
  assertMayChange(ctx, 'IndicatorTarget');
  await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    if (
      !caller.ability.can(
        'update',
        subject('IndicatorTarget', { companyId: caller.companyId, estateId: null }),
      )
    ) {
      throw forbidden();
    }
    await assertFromThisMonth(ctx, tx, caller.companyId, input.effectiveMonth);
    const history = await store.presetHistory(tx, caller.companyId);
    const row = await store.insertPreset(tx, caller.companyId, {
      preset: input.preset,
      effectiveMonth: input.effectiveMonth,
      setBy: caller.userId,
    });
    await changeLog(
      'indicator.setPreset',
      'IndicatorTarget',
      null,
      // History is newest first: what was in force from that month, and the last change made.
      { presetInForce: presetInForce(history, input.effectiveMonth), latest: history[0] ?? null },
      row,
    );
  });
  return indicatorSettings(ctx);
}

export function effectiveTargets(
  ctx: Context,
  estateId: string | null,
  month: string,
): Promise<EffectiveTarget[]> {
  return tenantRead(ctx, async (tx, caller) => {
    assertCanRead(ctx);
    if (estateId) await loadEstateFor(tx, caller, estateId, 'read');
    assertMonth(month, ['month']);
    const catalogue = await loadCatalogue(tx, caller.companyId);
    return catalogue.indicators
      .filter((i) => !i.retired)
      .map((def) => {
        const t = targetInForce(def, estateId, month, catalogue.presets, catalogue.overrides);
        return {
          indicatorCode: def.code,
          estateId,
          target: toTargetValue(t.target, def.unit),
          source: t.source,
          effectiveMonth: t.effectiveMonth,
          preset: t.preset,
        };
      });
  });
}

export async function setIndicatorTarget(
  ctx: Context,
  input: SetIndicatorTargetInput,
): Promise<EffectiveTarget> {
  assertMayChange(ctx, 'IndicatorTarget');
  parseInput(setIndicatorTargetInput, input);
  const clearing = input.op == null && input.value == null;
  const estateId = input.estateId ?? null;
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    if (!caller.ability.can('update', subject('IndicatorTarget', { companyId: caller.companyId, estateId })))
      throw forbidden();
    if (estateId) await loadEstateFor(tx, caller, estateId, 'update', 'IndicatorTarget');
    await assertFromThisMonth(ctx, tx, caller.companyId, input.effectiveMonth);
    const catalogue = await loadCatalogue(tx, caller.companyId);
    const def = catalogue.byCode.get(input.indicatorCode);
    if (!def || def.retired)
      throw badInput([{ path: ['indicatorCode'], reason: 'NOT_FOUND', message: '指标不存在或已停用' }]);
    if (def.unit === 'PERCENT' && input.value != null && input.value > 100) {
      throw badInput([{ path: ['value'], reason: 'TOO_LARGE', message: '百分比目标不能超过 100' }]);
    }
    // The override this change replaces from its month on (history is newest first).
    const previous = (await store.targetHistory(tx, caller.companyId, def.code, estateId)).find(
      (r) => r.effectiveMonth <= input.effectiveMonth,
    );
    const row = await store.insertTarget(tx, caller.companyId, {
      indicatorCode: def.code,
      estateId,
      op: clearing ? null : TARGET_OPS[input.op!],
      value: clearing ? null : input.value!,
      effectiveMonth: input.effectiveMonth,
      reason: input.reason?.trim() || null,
      setBy: caller.userId,
    });
    await changeLog('indicator.setTarget', 'IndicatorTarget', row.id, previous ?? null, row);
    const overrides = [
      ...catalogue.overrides,
      {
        indicatorCode: def.code,
        estateId,
        target: clearing ? null : { op: TARGET_OPS[input.op!], value: input.value! },
        effectiveMonth: input.effectiveMonth,
      },
    ];
    const t = targetInForce(def, estateId, input.effectiveMonth, catalogue.presets, overrides);
    return {
      indicatorCode: def.code,
      estateId,
      target: toTargetValue(t.target, def.unit),
      source: t.source,
      effectiveMonth: t.effectiveMonth,
      preset: t.preset,
    };
  });
}

export function targetHistory(ctx: Context, code: string, estateId: string | null): Promise<TargetChange[]> {
  return tenantRead(ctx, async (tx, caller) => {
    assertCanRead(ctx);
    const catalogue = await loadCatalogue(tx, caller.companyId);
    const def = catalogue.byCode.get(code);
    if (!def) throw notFound('指标');
    if (estateId) await loadEstateFor(tx, caller, estateId, 'read');
    const rows = await store.targetHistory(tx, caller.companyId, code, estateId);
    const names = await userNames(
      tx,
      caller.companyId,
      rows.flatMap((r) => (r.setBy ? [r.setBy] : [])),
    );
    return rows.map((r) => ({
      id: r.id,
      indicatorCode: r.indicatorCode,
      estateId: r.estateId,
      target: toTargetValue(r.op != null && r.value != null ? { op: r.op, value: r.value } : null, def.unit),
      effectiveMonth: r.effectiveMonth,
      reason: r.reason,
      setByName: r.setBy ? (names.get(r.setBy) ?? null) : null,
      setAt: r.setAt,
    }));
  });
}

const DEFAULT_AGGREGATION = { PERCENT: 'RATIO', COUNT_PER_YEAR: 'ANNUAL_COUNT', COUNT: 'SUM' } as const;

export async function createIndicator(ctx: Context, input: CreateIndicatorInput): Promise<Indicator> {
  assertMayChange(ctx, 'Indicator');
  parseInput(createIndicatorInput, input);
  const aggregation = input.aggregation ?? DEFAULT_AGGREGATION[input.unit];
  const needsDenominator = aggregation === 'RATIO' || aggregation === 'RATE_OF_STOCK';
  try {
    return await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
      if (!caller.ability.can('create', subject('Indicator', { companyId: caller.companyId })))
        throw forbidden();
      const catalogue = await loadCatalogue(tx, caller.companyId);
      if (catalogue.byCode.has(input.code)) {
        throw appError('CONFLICT', '指标编码已存在', {
          reason: 'TAKEN',
          fields: [{ path: ['code'], reason: 'TAKEN', message: '指标编码已存在' }],
        });
      }
      const created = await store.insertCustomIndicator(tx, caller.companyId, {
        code: input.code,
        nameZh: input.nameZh.trim(),
        nameEn: input.nameEn.trim(),
        unit: input.unit,
        direction: input.direction,
        measurement: input.measurement,
        aggregation,
        numeratorLabel: input.numeratorLabel.trim(),
        denominatorLabel: needsDenominator ? input.denominatorLabel!.trim() : null,
        descriptionZh: input.descriptionZh?.trim() ?? '',
        numeratorLabelEn: input.numeratorLabelEn?.trim() || null,
        denominatorLabelEn: needsDenominator ? input.denominatorLabelEn?.trim() || null : null,
        descriptionEn: input.descriptionEn?.trim() || null,
        createdBy: caller.userId,
      });
      await changeLog('indicator.create', 'Indicator', null, null, created);
      return toIndicator(created);
    });
  } catch (error) {
    throw (
      mapConstraintError(error, {
        custom_indicators_company_code_key: { path: ['code'], reason: 'TAKEN', message: '指标编码已存在' },
      }) ?? error
    );
  }
}

export async function retireIndicator(ctx: Context, code: string): Promise<Indicator> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    if (!caller.ability.can('update', subject('Indicator', { companyId: caller.companyId })))
      throw forbidden();
    const before = await store.findCustomIndicator(tx, caller.companyId, code);
    if (!before) {
      const isBuiltIn = (await loadCatalogue(tx, caller.companyId)).byCode.get(code)?.builtIn;
      if (isBuiltIn) throw badInput([{ path: ['code'], reason: 'BUILT_IN', message: '内置指标不能停用' }]);
      throw notFound('指标');
    }
    const after = await store.retireCustomIndicator(tx, caller.companyId, code);
    await changeLog('indicator.retire', 'Indicator', before.id, before, after);
    return toIndicator(after!);
  });
}
