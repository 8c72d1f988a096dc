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

/**
 * Registers `source` for its codes (again: no change). Another source of a code is an error, unless
 * `replace` (tests that stand in for a module's source): the unregister then restores it.
 */
export function registerIndicatorSource(
  source: IndicatorSource,
  options: { replace?: boolean } = {},
): () => void {
  const replaced = new Map<string, IndicatorSource>();
  for (const code of source.codes) {
    const existing = byCode.get(code);
    if (existing && existing !== source) {
      if (!options.replace) throw new Error(`Indicator ${code} already has source ${existing.name}`);
      replaced.set(code, existing);
    }
    byCode.set(code, source);
  }
  return () => {
    for (const code of source.codes) {
      if (byCode.get(code) !== source) continue;
      const previous = replaced.get(code);
      if (previous) byCode.set(code, previous);
      else byCode.delete(code);
    }
  };
}

/**
 * Tests only: forgets every source, as in a process that registered none. The API's test files
 * share their modules within a worker (vitest `isolate: false`); test/setup-file.ts calls this
 * before each file so that none inherits another's sources.
 */
export function clearSources(): void {
  byCode.clear();
}

export function sourceOf(code: string): IndicatorSource | undefined {
  return byCode.get(code);
}

export function isComputed(code: string): boolean {
  return byCode.has(code);
}

/**
 * Tests only: `codes` behave as reported indicators (typed on the monthly form) until the answer is
 * called — the tests of the monthly form, approvals and comparison type figures of built-in codes
 * whose operational module now computes them (issue 11 item 6), and keep doing so with this.
 */
export function setSourcesAside(codes: readonly string[]): () => void {
  const aside = new Map<string, IndicatorSource>();
  for (const code of codes) {
    const source = byCode.get(code);
    if (source) aside.set(code, source);
    byCode.delete(code);
  }
  return () => {
    for (const [code, source] of aside) if (!byCode.has(code)) byCode.set(code, source);
  };
}
