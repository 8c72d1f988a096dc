/**
 * The demo's records reproduce the demo's figures (issue 11 item 7): for every seeded figure of
 * the codes the estate's records compute, the indicator source counts exactly the seeded numerator
 * and denominator from the seeded records, and a recompute of every seeded month writes nothing.
 */
import { ESTATE_OPS_INDICATOR_CODES } from '@anju/domain';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/kit.js';
import { runMigrations } from '../db/migrate.js';
import { withTenant } from '../db/tenant.js';
import { registerActivityIndicatorSources } from '../modules/activities/index.js';
import { registerFacilityCheckIndicatorSource } from '../modules/facility-checks/index.js';
import { registerFeeIndicatorSource } from '../modules/fees/index.js';
import { recomputeSourceFigures } from '../modules/figures/index.js';
import { registerIncidentIndicatorSource } from '../modules/incidents/index.js';
import { sourceOf } from '../modules/indicators/index.js';
import { seedDemo } from './demo.js';

describe('the demo’s estate records', () => {
  it('give exactly the seeded figures of fees, incidents, checks, activities and services', async () => {
    registerFeeIndicatorSource();
    registerIncidentIndicatorSource();
    registerFacilityCheckIndicatorSource();
    registerActivityIndicatorSources();
    const now = new Date('2026-11-20T04:00:00Z');
    const { database, drop } = await freshDatabase(2);
    try {
      await runMigrations(database);
      expect(await seedDemo(database, undefined, now)).toBe(true);
      const [anju] = await database.raw<{ id: string }>(`select id from companies where slug = 'anju'`);
      const figures = await database.raw<{
        estate_id: string;
        code: string;
        month: string;
        numerator: string;
        denominator: string | null;
      }>(
        `select f.estate_id, f.indicator_code as code, f.month, f.numerator::text, f.denominator::text
           from monthly_figures f where f.company_id = $1 and f.indicator_code = any($2) order by 1, 3, 2`,
        [anju!.id, [...ESTATE_OPS_INDICATOR_CODES]],
      );
      // 8 estates (one with 6 months, one without last month), 19 codes, most of them every month.
      expect(figures.length).toBeGreaterThan(2500);
      const records = await database.raw<{ t: string; n: number }>(
        `select 'fees' t, count(*)::int n from fee_collections union all select 'incidents', count(*)::int from incidents
         union all select 'checks', count(*)::int from facility_checks union all select 'activities', count(*)::int from community_activities
         union all select 'services', count(*)::int from special_services`,
      );
      for (const r of records) expect(r.n, r.t).toBeGreaterThan(0);

      const mismatches = await withTenant(database, anju!.id, async (tx) => {
        const out: string[] = [];
        for (const f of figures) {
          const got = await sourceOf(f.code)!.compute(tx, anju!.id, f.estate_id, f.month, f.code);
          const want = {
            numerator: Number(f.numerator),
            denominator: f.denominator === null ? null : Number(f.denominator),
          };
          if (!got || got.numerator !== want.numerator || got.denominator !== want.denominator)
            out.push(`${f.estate_id} ${f.month} ${f.code}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
        }
        return out;
      });
      expect(mismatches).toEqual([]);

      // A recompute of every seeded estate and month (in the writing path) changes nothing.
      const written = await withTenant(database, anju!.id, async (tx) => {
        const byEstate = new Map<string, Set<string>>();
        for (const f of figures)
          byEstate.set(f.estate_id, (byEstate.get(f.estate_id) ?? new Set()).add(f.month));
        const out: string[] = [];
        for (const [estateId, months] of byEstate) {
          const r = await recomputeSourceFigures(
            tx,
            anju!.id,
            estateId,
            [...months],
            ESTATE_OPS_INDICATOR_CODES,
            now,
          );
          out.push(...r.written, ...r.waiting);
        }
        return out;
      });
      expect(written).toEqual([]);
    } finally {
      await drop();
    }
  }, 240_000);
});
