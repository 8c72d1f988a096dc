import { INDICATORS, type IndicatorDefinition, type Target } from '@anju/domain';

export interface PresetComparison {
  /** Indicators where B asks more than A. */
  stricter: IndicatorDefinition[];
  /** Indicators where B asks less than A. */
  laxer: IndicatorDefinition[];
  same: IndicatorDefinition[];
  onlyA: IndicatorDefinition[];
  onlyB: IndicatorDefinition[];
}

/** How demanding a target is along the indicator's direction: higher is stricter. */
function demand(def: IndicatorDefinition, t: Target): number {
  // A strict bound (">98", "<1") asks a hair more than the inclusive one of the same value.
  const strict = t.op === '>' || t.op === '<' ? 1e-9 : 0;
  if (def.direction === 'AT_LEAST') return t.value + strict;
  return -(t.value - strict);
}

/**
 * Presets A and B compared indicator by indicator, computed from the catalogue rather than
 * described by hand: B is stricter on some indicators and laxer on others.
 */
export function comparePresets(indicators: readonly IndicatorDefinition[] = INDICATORS): PresetComparison {
  const out: PresetComparison = { stricter: [], laxer: [], same: [], onlyA: [], onlyB: [] };
  for (const def of indicators) {
    const { A, B } = def.presets;
    if (A && !B) out.onlyA.push(def);
    else if (B && !A) out.onlyB.push(def);
    else if (A && B) {
      const d = demand(def, B) - demand(def, A);
      (d > 0 ? out.stricter : d < 0 ? out.laxer : out.same).push(def);
    }
  }
  return out;
}
