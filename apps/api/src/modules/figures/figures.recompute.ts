/**
 * Recomputing the figures an operational module's write touched (fees, incidents, facility checks,
 * activities …), inside the writing transaction, for one estate and the months the write changed:
 * like the staffing indicators' recompute, only figures whose counts changed get a new revision,
 * months after the company's current one are skipped, an indicator the company retired gets no new
 * figure, and a figure waiting for HQ (SUBMITTED) is left for the nightly drift check.
 */
import { DEFAULT_TIME_ZONE, isMonth, monthOfDate } from '@anju/domain';
import type { Tx } from '../../db/client.js';
import { findCompany } from '../companies/index.js';
import { loadCatalogue, sourceOf } from '../indicators/index.js';
import { recomputeFigures } from './figures.drafts.js';
import { latestFigure } from './figures.store.js';

export interface SourceRecompute {
  /** Figures rewritten, as `month:code`. */
  written: string[];
  /** Figures whose month is with HQ for approval: left for the nightly drift check. */
  waiting: string[];
}

const same = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export async function recomputeSourceFigures(
  tx: Tx,
  companyId: string,
  estateId: string,
  months: readonly string[],
  codes: readonly string[],
  now: Date,
): Promise<SourceRecompute> {
  const zone = (await findCompany(tx, companyId))?.timeZone || DEFAULT_TIME_ZONE;
  const current = monthOfDate(now, zone);
  const result: SourceRecompute = { written: [], waiting: [] };
  const catalogue = await loadCatalogue(tx, companyId);
  const live = codes.filter((c) => {
    const def = catalogue.byCode.get(c);
    return def != null && !def.retired && sourceOf(c) != null;
  });
  for (const month of [...new Set(months)].filter((m) => isMonth(m) && m <= current).sort()) {
    const changed: string[] = [];
    for (const code of live) {
      const derived = await sourceOf(code)!.compute(tx, companyId, estateId, month, code);
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
