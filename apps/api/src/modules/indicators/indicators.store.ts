import type { IndicatorDefinition, PresetChange, Target, TargetOverride } from '@anju/domain';
import { BUILT_IN_INDICATORS } from '@anju/domain';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId, isUuid } from '../../db/tenant.js';
import {
  type CustomIndicatorRow,
  customIndicators,
  indicatorPresets,
  indicatorTargets,
} from './indicators.schema.js';

export interface CatalogueEntry extends IndicatorDefinition {
  builtIn: boolean;
  retired: boolean;
}

/** Everything needed to judge figures: definitions, preset history and target overrides. */
export interface Catalogue {
  indicators: CatalogueEntry[];
  byCode: Map<string, CatalogueEntry>;
  presets: PresetChange[];
  overrides: TargetOverride[];
}

function fromCustom(r: CustomIndicatorRow): CatalogueEntry {
  return {
    code: r.code,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    unit: r.unit,
    direction: r.direction,
    measurement: r.measurement,
    aggregation: r.aggregation,
    numeratorLabel: r.numeratorLabel,
    denominatorLabel: r.denominatorLabel,
    descriptionZh: r.descriptionZh,
    // A company that gave no English texts shows its Chinese ones in English too.
    numeratorLabelEn: r.numeratorLabelEn ?? r.numeratorLabel,
    denominatorLabelEn: r.denominatorLabel == null ? null : (r.denominatorLabelEn ?? r.denominatorLabel),
    descriptionEn: r.descriptionEn ?? r.descriptionZh,
    presets: { A: null, B: null },
    builtIn: false,
    retired: r.retiredAt != null,
  };
}

/** Three statements whatever the number of estates or indicators. */
export async function loadCatalogue(tx: Tx, companyId: string): Promise<Catalogue> {
  assertCompanyId(companyId);
  const custom = await tx
    .select()
    .from(customIndicators)
    .where(eq(customIndicators.companyId, companyId))
    .orderBy(asc(customIndicators.createdAt));
  const presets = await tx
    .select({ preset: indicatorPresets.preset, effectiveMonth: indicatorPresets.effectiveMonth })
    .from(indicatorPresets)
    .where(eq(indicatorPresets.companyId, companyId));
  const targetRows = await tx
    .select({
      indicatorCode: indicatorTargets.indicatorCode,
      estateId: indicatorTargets.estateId,
      op: indicatorTargets.op,
      value: indicatorTargets.value,
      effectiveMonth: indicatorTargets.effectiveMonth,
    })
    .from(indicatorTargets)
    .where(eq(indicatorTargets.companyId, companyId))
    .orderBy(asc(indicatorTargets.setAt));
  const indicators: CatalogueEntry[] = [
    ...BUILT_IN_INDICATORS.map((d) => ({ ...d, builtIn: true, retired: false })),
    ...custom.map(fromCustom),
  ];
  return {
    indicators,
    byCode: new Map(indicators.map((i) => [i.code, i])),
    presets,
    overrides: targetRows.map((t) => ({
      indicatorCode: t.indicatorCode,
      estateId: t.estateId,
      target: t.op != null && t.value != null ? ({ op: t.op, value: t.value } satisfies Target) : null,
      effectiveMonth: t.effectiveMonth,
    })),
  };
}

export async function findCustomIndicator(tx: Tx, companyId: string, code: string) {
  assertCompanyId(companyId);
  const [row] = await tx
    .select()
    .from(customIndicators)
    .where(and(eq(customIndicators.companyId, companyId), eq(customIndicators.code, code)));
  return row;
}

export async function insertCustomIndicator(
  tx: Tx,
  companyId: string,
  values: Omit<typeof customIndicators.$inferInsert, 'companyId' | 'id'>,
): Promise<CatalogueEntry> {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(customIndicators)
    .values({ ...values, companyId })
    .returning();
  return fromCustom(row!);
}

export async function retireCustomIndicator(
  tx: Tx,
  companyId: string,
  code: string,
): Promise<CatalogueEntry | undefined> {
  assertCompanyId(companyId);
  const [row] = await tx
    .update(customIndicators)
    .set({ retiredAt: sql`coalesce(${customIndicators.retiredAt}, now())` })
    .where(and(eq(customIndicators.companyId, companyId), eq(customIndicators.code, code)))
    .returning();
  return row ? fromCustom(row) : undefined;
}

export async function insertPreset(
  tx: Tx,
  companyId: string,
  values: { preset: 'A' | 'B'; effectiveMonth: string; setBy: string },
) {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(indicatorPresets)
    .values({ ...values, companyId })
    .returning();
  return row!;
}

export async function presetHistory(tx: Tx, companyId: string) {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(indicatorPresets)
    .where(eq(indicatorPresets.companyId, companyId))
    .orderBy(desc(indicatorPresets.effectiveMonth), desc(indicatorPresets.setAt));
}

export async function insertTarget(
  tx: Tx,
  companyId: string,
  values: Omit<typeof indicatorTargets.$inferInsert, 'companyId' | 'id'>,
) {
  assertCompanyId(companyId);
  const [row] = await tx
    .insert(indicatorTargets)
    .values({ ...values, companyId })
    .returning();
  return row!;
}

export async function targetHistory(tx: Tx, companyId: string, code: string, estateId: string | null) {
  assertCompanyId(companyId);
  return tx
    .select()
    .from(indicatorTargets)
    .where(
      and(
        eq(indicatorTargets.companyId, companyId),
        eq(indicatorTargets.indicatorCode, code),
        estateId
          ? isUuid(estateId)
            ? eq(indicatorTargets.estateId, estateId)
            : sql`false`
          : isNull(indicatorTargets.estateId),
      ),
    )
    .orderBy(desc(indicatorTargets.effectiveMonth), desc(indicatorTargets.setAt));
}
