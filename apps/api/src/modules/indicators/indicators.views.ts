/** How indicators and targets are shown: catalogue rows to their GraphQL views. */
import { formatTarget, type Target } from '@anju/domain';
import type { CatalogueEntry } from './indicators.store.js';
import { type Indicator, TARGET_OPS, type TargetOpName, type TargetValue } from './indicators.types.js';
import { isComputed } from './sources.js';

export function toTargetValue(target: Target | null, unit: CatalogueEntry['unit']): TargetValue | null {
  if (!target) return null;
  const op = (Object.entries(TARGET_OPS).find(([, v]) => v === target.op)?.[0] ?? 'EQUALS') as TargetOpName;
  return { op, value: target.value, label: formatTarget(target, unit) };
}

/** `toTargetValue` memoised per target object: targets repeat across thousands of cells. */
export function targetLabeller(): (
  target: Target | null,
  unit: CatalogueEntry['unit'],
) => TargetValue | null {
  const memo = new Map<Target, TargetValue | null>();
  return (target, unit) => {
    if (!target) return null;
    let value = memo.get(target);
    if (value === undefined) {
      value = toTargetValue(target, unit);
      memo.set(target, value);
    }
    return value;
  };
}

export function toIndicator(def: CatalogueEntry): Indicator {
  return {
    ...def,
    computed: isComputed(def.code),
    presetA: toTargetValue(def.presets.A, def.unit),
    presetB: toTargetValue(def.presets.B, def.unit),
  };
}
