import type { IndicatorDefinition, Preset, Target } from './catalogue.js';

export interface PresetChange {
  preset: Preset;
  effectiveMonth: string;
}

/** A target override as stored: company-wide (`estateId` null) or for one estate. */
export interface TargetOverride {
  indicatorCode: string;
  estateId: string | null;
  /** Null removes the target from that month on. */
  target: Target | null;
  effectiveMonth: string;
}

export type TargetSource = 'ESTATE' | 'COMPANY' | 'PRESET';

export interface TargetInForce {
  target: Target | null;
  source: TargetSource;
  /** When the rule that decided it took effect (null for the default preset). */
  effectiveMonth: string | null;
  preset: Preset;
}

/** The default when a company never chose: preset A, the bid commitments. */
export const DEFAULT_PRESET: Preset = 'A';

/** The latest entry in force at `month` (effectiveMonth ≤ month); entries in any order. */
function inForce<T extends { effectiveMonth: string }>(rows: readonly T[], month: string): T | undefined {
  let best: T | undefined;
  for (const r of rows) {
    if (r.effectiveMonth <= month && (!best || r.effectiveMonth >= best.effectiveMonth)) best = r;
  }
  return best;
}

export function presetInForce(changes: readonly PresetChange[], month: string): Preset {
  return inForce(changes, month)?.preset ?? DEFAULT_PRESET;
}

/**
 * The target that judged `month`: an estate's own override beats a company-wide override, which
 * beats the preset the company had chosen then. History makes past periods keep their targets.
 * A longer period is judged by the target in force in its last month.
 */
export function targetInForce(
  def: Pick<IndicatorDefinition, 'code' | 'presets'>,
  estateId: string | null,
  month: string,
  presets: readonly PresetChange[],
  overrides: readonly TargetOverride[],
): TargetInForce {
  const preset = presetInForce(presets, month);
  const mine = overrides.filter((o) => o.indicatorCode === def.code);
  const forEstate = estateId
    ? inForce(
        mine.filter((o) => o.estateId === estateId),
        month,
      )
    : undefined;
  if (forEstate)
    return { target: forEstate.target, source: 'ESTATE', effectiveMonth: forEstate.effectiveMonth, preset };
  const forCompany = inForce(
    mine.filter((o) => o.estateId == null),
    month,
  );
  if (forCompany)
    return {
      target: forCompany.target,
      source: 'COMPANY',
      effectiveMonth: forCompany.effectiveMonth,
      preset,
    };
  const presetEntry = inForce(presets, month);
  return {
    target: def.presets[preset],
    source: 'PRESET',
    effectiveMonth: presetEntry?.effectiveMonth ?? null,
    preset,
  };
}

/**
 * `targetInForce` for many estates at once (a 500-estate matrix asks 15,000 times): overrides are
 * indexed once by indicator and estate, so each lookup scans only its own short history.
 */
export function createTargetLookup(presets: readonly PresetChange[], overrides: readonly TargetOverride[]) {
  const index = new Map<string, TargetOverride[]>();
  for (const o of overrides) {
    const key = `${o.indicatorCode}|${o.estateId ?? ''}`;
    const list = index.get(key);
    if (list) list.push(o);
    else index.set(key, [o]);
  }
  const presetByMonth = new Map<string, { preset: Preset; entry: PresetChange | undefined }>();
  return (
    def: Pick<IndicatorDefinition, 'code' | 'presets'>,
    estateId: string | null,
    month: string,
  ): TargetInForce => {
    let p = presetByMonth.get(month);
    if (!p) {
      const entry = inForce(presets, month);
      p = { preset: entry?.preset ?? DEFAULT_PRESET, entry };
      presetByMonth.set(month, p);
    }
    const own = estateId ? inForce(index.get(`${def.code}|${estateId}`) ?? [], month) : undefined;
    if (own)
      return { target: own.target, source: 'ESTATE', effectiveMonth: own.effectiveMonth, preset: p.preset };
    const company = inForce(index.get(`${def.code}|`) ?? [], month);
    if (company)
      return {
        target: company.target,
        source: 'COMPANY',
        effectiveMonth: company.effectiveMonth,
        preset: p.preset,
      };
    return {
      target: def.presets[p.preset],
      source: 'PRESET',
      effectiveMonth: p.entry?.effectiveMonth ?? null,
      preset: p.preset,
    };
  };
}
