import 'reflect-metadata';
/**
 * Scale data: one company with many estates (500 by default) in 10 regions and 36 months of every
 * built-in indicator, approved and in force (≈ 520,000 figures). Used by `scripts/seed-large`, the
 * comparison benchmark and the statement-count test. Figures come from the demo generator
 * (seeded: the same data every time) and go in with `insert … select … from unnest(arrays)`:
 * one statement per ~20,000 rows instead of one per row, on PostgreSQL and PGlite alike.
 */
import { randomUUID } from 'node:crypto';
import { addMonths, monthOfDate } from '@anju/domain';
import { eq, type SQL, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/passwords.js';
import { type Database, rowsOf, type Tx } from '../db/client.js';
import { withSystem } from '../db/tenant.js';
import { companies } from '../modules/companies/index.js';
import { estates } from '../modules/estates/index.js';
import { indicatorPresets, indicatorTargets } from '../modules/indicators/index.js';
import { regions } from '../modules/regions/index.js';
import { insertMemberships, insertUser } from '../modules/users/index.js';
import { DEMO_PASSWORD } from './demo.js';
import {
  estateFigures,
  type FigureEstate,
  type FigureRow,
  generatedPersonality,
  seeded,
} from './demo-figures.js';

export interface LargeOptions {
  /** Estates (default 500). */
  estates?: number;
  /** Months of figures ending last month (default 36). */
  months?: number;
  /** Default `large-<estates>`. */
  slug?: string;
  /** Default 大型演示物业. */
  name?: string;
  /** The company admin's e-mail (password demo12345); default admin@large.demo for 500 estates. */
  adminEmail?: string;
  /** Figures per insert statement (default 20,000). */
  chunkRows?: number;
  now?: Date;
  onProgress?: (figuresDone: number, figuresTotal: number) => void;
}

export interface LargeResult {
  created: boolean;
  companyId: string;
  slug: string;
  adminEmail: string;
  regions: number;
  estates: number;
  users: number;
  figures: number;
  firstMonth: string;
  lastMonth: string;
  ms: number;
}

const REGIONS: [code: string, name: string, cities: string[]][] = [
  ['NORTH', '华北区域', ['北京', '天津', '石家庄']],
  ['NORTHEAST', '东北区域', ['沈阳', '大连', '长春']],
  ['EAST1', '华东一区', ['上海', '苏州', '无锡']],
  ['EAST2', '华东二区', ['杭州', '宁波', '绍兴']],
  ['EAST3', '华东三区', ['南京', '合肥', '济南']],
  ['CENTRAL', '华中区域', ['武汉', '长沙', '郑州']],
  ['SOUTH1', '华南一区', ['广州', '佛山', '东莞']],
  ['SOUTH2', '华南二区', ['深圳', '珠海', '厦门']],
  ['SOUTHWEST', '西南区域', ['成都', '重庆', '昆明']],
  ['NORTHWEST', '西北区域', ['西安', '兰州', '银川']],
];
const WORDS = [
  '翠湖',
  '金桂',
  '滨江',
  '紫荆',
  '荔湾',
  '海景',
  '云栖',
  '锦绣',
  '香樟',
  '御景',
  '枫林',
  '澜庭',
];
const RESIDENTIAL = ['苑', '花园', '华庭', '雅居', '公馆'];

/** Estate `i` of the large company: mostly residential, some offices, shops and public buildings. */
function largeEstate(i: number) {
  const r = seeded(`large-estate|${i}`);
  const [, , cities] = REGIONS[i % REGIONS.length]!;
  const city = cities[Math.floor(i / REGIONS.length) % cities.length]!;
  const word = WORDS[Math.floor(i / (REGIONS.length * cities.length)) % WORDS.length]!;
  const phase = Math.floor(i / (REGIONS.length * cities.length * WORDS.length));
  const type =
    i % 10 === 9 ? 'OFFICE' : i % 25 === 7 ? 'COMMERCIAL' : i % 50 === 13 ? 'PUBLIC' : 'RESIDENTIAL';
  const suffix =
    type === 'OFFICE'
      ? '中心'
      : type === 'COMMERCIAL'
        ? '广场'
        : type === 'PUBLIC'
          ? '文体中心'
          : RESIDENTIAL[i % RESIDENTIAL.length]!;
  const households = type === 'RESIDENTIAL' ? 300 + Math.round(r() * 2700) : 0;
  const grossFloorArea =
    type === 'RESIDENTIAL' ? Math.round(households * (95 + r() * 40)) : Math.round(30_000 + r() * 90_000);
  return {
    regionCode: REGIONS[i % REGIONS.length]![0],
    name: `${city}${word}${suffix}${phase ? ` ${phase + 1}期` : ''}`,
    code: `L${String(i + 1).padStart(4, '0')}`,
    address: `${city}市示范路 ${i + 1} 号`,
    type,
    households,
    grossFloorArea,
    buildings: type === 'RESIDENTIAL' ? Math.max(2, Math.round(households / 90)) : 1 + Math.floor(r() * 4),
    feeRate:
      type === 'RESIDENTIAL' ? Math.round((1.8 + r() * 2.6) * 10) / 10 : Math.round((6 + r() * 12) * 10) / 10,
    contractStart: '2021-01-01',
    contractEnd: '2029-12-31',
  } as const;
}

/** A PostgreSQL array literal of safe scalars (numbers, uuids, codes, months): one parameter per column. */
function arrayLiteral(values: readonly (string | number | null | undefined)[]): string {
  return `{${values.map((v) => (v == null ? 'NULL' : String(v))).join(',')}}`;
}

async function insertFigureChunk(tx: Tx, companyId: string, decidedBy: string, rows: FigureRow[]) {
  const col = <K extends keyof FigureRow>(key: K) => arrayLiteral(rows.map((r) => r[key] as never));
  // Reported on the 3rd of the next month, approved on the 8th (never later than now).
  const at = (days: number): SQL =>
    sql`least(now(), (t.m || '-01')::date + interval '1 month' + make_interval(days => ${days}))`;
  await tx.execute(sql`
    insert into monthly_figures (company_id, estate_id, indicator_code, month, revision, numerator, denominator,
      value, source, state, effective, submitted_at, decided_by, decided_at, created_at, updated_at)
    select ${companyId}::uuid, t.e, t.c, t.m, 1, t.n, t.d, t.v, 'REPORTED', 'APPROVED', true,
      ${at(4)}, ${decidedBy}::uuid, ${at(7)}, ${at(2)}, ${at(7)}
    from unnest(${col('estateId')}::uuid[], ${col('indicatorCode')}::text[], ${col('month')}::text[],
      ${col('numerator')}::float8[], ${col('denominator')}::float8[], ${col('value')}::float8[])
      as t(e, c, m, n, d, v)`);
}

async function existing(tx: Tx, slug: string) {
  const [company] = await tx.select().from(companies).where(eq(companies.slug, slug));
  if (!company) return undefined;
  const [counts] = rowsOf<{ regions: number; estates: number; users: number; figures: number }>(
    await tx.execute(sql`select
      (select count(*)::int from regions where company_id = ${company.id}) as regions,
      (select count(*)::int from estates where company_id = ${company.id}) as estates,
      (select count(distinct user_id)::int from memberships where company_id = ${company.id}) as users,
      (select count(*)::int from monthly_figures where company_id = ${company.id}) as figures`),
  );
  return { company, counts: counts! };
}

/**
 * Creates the company unless its slug exists (then it reports what is there and changes nothing).
 * One transaction: a failed run leaves nothing behind, so a rerun starts clean.
 */
export async function seedLarge(database: Database, options: LargeOptions = {}): Promise<LargeResult> {
  const started = performance.now();
  const estateCount = options.estates ?? 500;
  const months = options.months ?? 36;
  const slug = options.slug ?? `large-${estateCount}`;
  const adminEmail =
    options.adminEmail ?? (estateCount === 500 ? 'admin@large.demo' : `admin@large-${estateCount}.demo`);
  const now = options.now ?? new Date();
  const lastMonth = addMonths(monthOfDate(now), -1);
  const firstMonth = addMonths(lastMonth, -(months - 1));
  const chunkRows = options.chunkRows ?? 20_000;
  const result = (
    created: boolean,
    companyId: string,
    c: Omit<LargeResult, 'created' | 'companyId' | 'ms' | 'slug' | 'adminEmail' | 'firstMonth' | 'lastMonth'>,
  ): LargeResult => ({
    created,
    companyId,
    slug,
    adminEmail,
    ...c,
    firstMonth,
    lastMonth,
    ms: Math.round(performance.now() - started),
  });

  const found = await withSystem(database, 'demo-seed', (tx) => existing(tx, slug));
  if (found) return result(false, found.company.id, found.counts);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created = await withSystem(database, 'demo-seed', async (tx) => {
    // Bulk statements run longer than a request may: no timeout for this transaction only.
    await tx.execute(sql`select set_config('statement_timeout', '0', true)`);
    const [company] = await tx
      .insert(companies)
      .values({ name: options.name ?? '大型演示物业', slug })
      .returning({ id: companies.id });
    const companyId = company!.id;
    const regionRows = await tx
      .insert(regions)
      .values(REGIONS.map(([code, name]) => ({ companyId, code, name })))
      .returning({ id: regions.id, code: regions.code });
    const regionIds = new Map(regionRows.map((r) => [r.code, r.id]));

    const planned = Array.from({ length: estateCount }, (_, i) => largeEstate(i));
    const estateRows: FigureEstate[] = [];
    for (let i = 0; i < planned.length; i += 1000) {
      const rows = await tx
        .insert(estates)
        .values(
          planned.slice(i, i + 1000).map(({ regionCode, ...e }) => ({
            ...e,
            companyId,
            regionId: regionIds.get(regionCode)!,
            status: 'MANAGED' as const,
          })),
        )
        .returning({
          id: estates.id,
          code: estates.code,
          type: estates.type,
          households: estates.households,
          grossFloorArea: estates.grossFloorArea,
          buildings: estates.buildings,
          feeRate: estates.feeRate,
        });
      for (const e of rows)
        estateRows.push({ ...e, grossFloorArea: e.grossFloorArea ?? 0, feeRate: e.feeRate ?? 0 });
    }

    const adminId = randomUUID();
    await insertUser(tx, {
      id: adminId,
      email: adminEmail,
      name: '大型演示管理员',
      phone: null,
      passwordHash,
      invitationTokenHash: null,
      invitationExpiresAt: null,
    });
    await insertMemberships(tx, companyId, adminId, [
      { role: 'COMPANY_ADMIN', regionId: null, estateIds: [] },
    ]);

    // Targets with history: preset A, then B for the last year, and overrides for some estates.
    await tx.insert(indicatorPresets).values([
      { companyId, preset: 'A', effectiveMonth: firstMonth, setBy: adminId },
      { companyId, preset: 'B', effectiveMonth: addMonths(lastMonth, -11), setBy: adminId },
    ]);
    const overrideCodes = ['fee_collection', 'satisfaction', 'repair_timely', 'special_services'];
    await tx.insert(indicatorTargets).values([
      {
        companyId,
        indicatorCode: 'audit_score',
        estateId: null,
        op: '>=',
        value: 90,
        effectiveMonth: firstMonth,
        setBy: adminId,
      },
      ...estateRows
        .filter((_, i) => i % 20 === 3)
        .map((e, i) => ({
          companyId,
          indicatorCode: overrideCodes[i % overrideCodes.length]!,
          estateId: e.id,
          op: '>=' as const,
          value: overrideCodes[i % overrideCodes.length] === 'special_services' ? 8 : 95,
          effectiveMonth: addMonths(lastMonth, -(i % months)),
          reason: '项目阶段性目标',
          setBy: adminId,
        })),
    ]);

    // Figures, estate by estate, flushed in large multi-row statements.
    const expected = estateRows.reduce((n, e) => n + months * (e.households > 0 ? 29 : 26), 0);
    let pending: FigureRow[] = [];
    let done = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      await insertFigureChunk(tx, companyId, adminId, pending);
      done += pending.length;
      pending = [];
      options.onProgress?.(done, Math.max(done, expected));
    };
    for (const e of estateRows) {
      const rows = estateFigures(companyId, e, generatedPersonality(e.code), lastMonth, months, {
        dense: true,
        now,
      });
      for (const row of rows) pending.push(row);
      if (pending.length >= chunkRows) await flush();
    }
    await flush();
    return result(true, companyId, {
      regions: regionRows.length,
      estates: estateRows.length,
      users: 1,
      figures: done,
    });
  });
  // Fresh statistics, so the first comparison is planned for half a million rows, not for none.
  await database.raw('analyze monthly_figures');
  await database.raw('analyze estates');
  return { ...created, ms: Math.round(performance.now() - started) };
}
