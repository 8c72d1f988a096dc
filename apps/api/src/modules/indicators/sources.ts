import type { Measurement } from '@anju/domain';
import type { Tx } from '../../db/client.js';

/**
 * How an operational module supplies an indicator: numerator and denominator of one estate and
 * month, from its own rows (work orders, complaints, surveys, fees, certificates, incidents,
 * facility checks, audits). Modules register a source at start; the figures module calls
 * `recomputeFigures` inside the transaction that changed the source data, so a figure is never
 * out of date and no nightly rebuild is needed.
 */
export interface IndicatorSource {
  /** A name for logs and errors, e.g. 'audits'. */
  name: string;
  measurement: Measurement;
  /** Indicator codes this source computes. */
  codes: readonly string[];
  /** Null when the month has nothing to count (no figure rather than a zero). */
  compute(
    tx: Tx,
    companyId: string,
    estateId: string,
    month: string,
    code: string,
  ): Promise<{ numerator: number; denominator: number | null } | null>;
}

const byCode = new Map<string, IndicatorSource>();

export function registerIndicatorSource(source: IndicatorSource): () => void {
  for (const code of source.codes) {
    const existing = byCode.get(code);
    if (existing && existing !== source)
      throw new Error(`Indicator ${code} already has source ${existing.name}`);
    byCode.set(code, source);
  }
  return () => {
    for (const code of source.codes) if (byCode.get(code) === source) byCode.delete(code);
  };
}

export function sourceOf(code: string): IndicatorSource | undefined {
  return byCode.get(code);
}

export function isComputed(code: string): boolean {
  return byCode.has(code);
}
