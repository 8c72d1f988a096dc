/**
 * Plausible monthly figures for demo and scale data. Every number comes from a seeded generator
 * keyed by estate, indicator and month (never Math.random), so a reseed gives the same heat map
 * and the same story: each estate has a personality (strong, weak on fees, slipping on repairs…)
 * that shows through noise the way real figures do.
 */
import {
  addMonths,
  BUILT_IN_INDICATORS,
  type IndicatorDefinition,
  monthlyValue,
  monthOfDate,
  REPAIR_INDICATOR_CODES,
  type Target,
} from '@anju/domain';
import type { Tx } from '../db/client.js';
import { monthlyFigures } from '../modules/figures/index.js';
import { indicatorPresets, indicatorTargets } from '../modules/indicators/index.js';

/** What the generator needs to know about an estate. */
export interface FigureEstate {
  id: string;
  code: string;
  type: string;
  households: number;
  grossFloorArea: number;
  buildings: number;
  feeRate: number;
}

/** An estate's character: what makes its row of the heat map look the way it does. */
export interface Personality {
  /** 0 = weak … 1 = strong: drives defects, late repairs, incidents, training and audits. */
  quality: number;
  /** Fee collection, percent of receivable: the range months fall in. */
  fee: [number, number];
  /** Satisfied share of survey answers, percent. */
  satisfaction: [number, number];
  /** Valid complaints per 100 households per year. */
  complaints: number;
  /** Community activities per month, on average. */
  activities: number;
  /** Special services on the menu: the range the stock moves in. */
  services: [number, number];
  /** Repairs running late: the share reached in the last month of a slide over the last 6 months. */
  repairSlip?: number;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** FNV-1a of the key feeding mulberry32: a small, fast, well-spread deterministic generator. */
export function seeded(key: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const between = (r: Rng, lo: number, hi: number) => lo + (hi - lo) * r();
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function poisson(r: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(r)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = r();
  while (p > limit) {
    k++;
    p *= r();
  }
  return k;
}

function normal(r: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

/** Events among `n` trials of probability `p`: Poisson for rare events, normal otherwise. */
function binomial(r: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(r, n, 1 - p);
  const mean = n * p;
  const k = mean < 20 ? poisson(r, mean) : Math.round(mean + Math.sqrt(mean * (1 - p)) * normal(r));
  return clamp(k, 0, n);
}

// ---------------------------------------------------------------------------------------------
// The model

/** Indicators counted per household (the denominator is 户数): meaningless without households. */
export function perHousehold(def: Pick<IndicatorDefinition, 'aggregation'>): boolean {
  return def.aggregation === 'RATE_OF_STOCK';
}

/** Quantities shared by several indicators of one estate and month (one draw, used consistently). */
interface MonthBase {
  workOrders: number;
  complaints: number;
  violations: number;
}

function monthBase(e: FigureEstate, p: Personality, month: string, age: number): MonthBase {
  const r = seeded(`${e.code}|base|${month}`);
  const m = Number(month.slice(5));
  // Summer brings leaks and air conditioning; the Spring Festival empties the estates.
  const season = m >= 6 && m <= 8 ? 1.25 : m <= 2 ? 0.85 : 1;
  const residential = e.households > 0;
  const size = residential ? (e.households / 1000) * 75 : (e.grossFloorArea / 1000) * 1.1;
  const workOrders = Math.round(clamp(size * season * between(r, 0.9, 1.1), 40, 200));
  // A slide in repairs brings complaints with it.
  const slip = p.repairSlip && age < 6 ? 1 + (6 - age) / 4 : 1;
  const complaints = residential
    ? poisson(r, ((e.households * p.complaints) / 100 / 12) * slip)
    : poisson(r, (e.grossFloorArea / 100_000) * 2 * slip);
  const violations = residential
    ? poisson(r, e.households * (0.0005 + (1 - p.quality) * 0.0012))
    : poisson(r, (e.grossFloorArea / 100_000) * 1.5);
  return { workOrders, complaints, violations };
}

export interface FigureOptions {
  /** Surveys every month and audits every month (scale data); else June/December and quarter ends. */
  dense?: boolean;
}

type Counts = { numerator: number; denominator: number | null };

/**
 * One month's numerator and denominator of one indicator, or null when the estate has nothing to
 * report (no survey that month, no complaint to handle, households-based on an office). `age` is
 * 0 for the latest month of the series, 1 for the one before, and so on.
 */
export function figureOf(
  def: IndicatorDefinition,
  e: FigureEstate,
  p: Personality,
  month: string,
  age: number,
  options: FigureOptions = {},
  base: MonthBase = monthBase(e, p, month, age),
): Counts | null {
  if (perHousehold(def) && e.households <= 0) return null;
  const r = seeded(`${e.code}|${def.code}|${month}`);
  const q = p.quality;
  const b = Math.max(1, e.buildings);
  const m = Number(month.slice(5));
  // Facilities: a strong team leaves almost nothing broken; a weak one a little of everything.
  const defect = 0.00005 + (1 - q) ** 1.5 * 0.012;
  const intact = (n: number, rate: number): Counts => {
    const checked = Math.max(1, Math.round(n * between(r, 0.95, 1.05)));
    return { numerator: checked - binomial(r, checked, rate), denominator: checked };
  };
  const orders = base.workOrders;
  const ofOrders = (rate: number): Counts => ({
    numerator: orders - binomial(r, orders, rate),
    denominator: orders,
  });
  switch (def.code) {
    case 'house_intact':
      return intact(e.households > 0 ? e.households * 0.15 : b * 12, defect);
    case 'equipment_intact':
      return intact(20 + b * 4, defect * 1.5);
    case 'cleaning':
      return intact(30 + b * 5, defect * 3);
    case 'streetlight_intact':
      return intact(20 + e.grossFloorArea / 2500, defect * 4);
    case 'fire_facility_intact':
      return intact(b * 24, defect);
    case 'road_parking_intact':
      return intact(12 + b * 2, defect * 2);
    case 'drainage_intact':
      return intact(b * 10, defect);
    case 'pipe_intact':
      return intact(b * 6, defect);
    case 'public_facility_intact':
      return intact(10 + b, defect * 2);
    case 'greenery_intact': {
      const area = Math.round(e.grossFloorArea * (e.households > 0 ? 0.35 : 0.1));
      const damaged = Math.round(area * defect * 3 * between(r, 0, 2));
      return { numerator: area - damaged, denominator: area };
    }
    case 'repair_timely': {
      const slide = p.repairSlip && age < 6 ? (p.repairSlip * (6 - age)) / 6 : 0;
      return ofOrders(0.002 + (1 - q) * 0.02 + slide);
    }
    case 'repair_rework': {
      const n = binomial(r, orders, 0.001 + (1 - q) * 0.014);
      return { numerator: n, denominator: orders };
    }
    case 'repair_quality':
      return ofOrders(0.001 + (1 - q) * 0.012);
    case 'repair_callback':
      return ofOrders(0.002 + (1 - q) * 0.05);
    case 'fire_alarm_rate':
      return { numerator: poisson(r, 0.01 + (1 - q) * 0.05), denominator: e.households };
    case 'fire_count':
      return { numerator: poisson(r, (1 - q) * 0.004), denominator: null };
    case 'major_criminal_cases':
      return { numerator: 0, denominator: null };
    case 'security_cases': {
      const size = e.households > 0 ? e.households / 1000 : e.grossFloorArea / 100_000;
      return { numerator: poisson(r, (0.005 + (1 - q) * 0.04) * size), denominator: null };
    }
    case 'violation_rate':
      return { numerator: base.violations, denominator: e.households };
    case 'violation_handled': {
      if (base.violations === 0) return null;
      const open = binomial(r, base.violations, (1 - q) * 0.12);
      return { numerator: base.violations - open, denominator: base.violations };
    }
    case 'complaint_valid_rate':
      return { numerator: base.complaints, denominator: e.households };
    case 'complaint_handled': {
      if (base.complaints === 0) return null;
      const open = r() < (1 - q) * 0.3 ? 1 : 0;
      return { numerator: base.complaints - open, denominator: base.complaints };
    }
    case 'satisfaction': {
      // Semi-annual owner surveys (June and December).
      if (!options.dense && m !== 6 && m !== 12) return null;
      const answers = Math.round(
        e.households > 0
          ? clamp(e.households * 0.2, 200, 400) * between(r, 0.92, 1.08)
          : between(r, 200, 260),
      );
      const share = between(r, p.satisfaction[0], p.satisfaction[1]) / 100;
      return { numerator: Math.round(answers * share), denominator: answers };
    }
    case 'fee_collection': {
      // Receivable: the fee on the chargeable share of the floor area (households × fee × area).
      const share = between(seeded(`${e.code}|fee-share`), 0.9, 0.97);
      const receivable = Math.round(e.grossFloorArea * e.feeRate * share);
      const collected = Math.round((receivable * between(r, p.fee[0], p.fee[1])) / 100);
      return { numerator: Math.min(collected, receivable), denominator: receivable };
    }
    case 'training_pass': {
      const trainees = 8 + Math.round(b / 2) + Math.floor(r() * 7);
      return { numerator: trainees - Math.min(trainees, poisson(r, (1 - q) * 0.3)), denominator: trainees };
    }
    case 'certified_on_duty': {
      const staff = 6 + Math.round(b / 2);
      return { numerator: staff - Math.min(staff, poisson(r, (1 - q) * 0.25)), denominator: staff };
    }
    case 'culture_activities': {
      // Planned, not random: the monthly programme, plus a festival now and then.
      const planned = Math.floor(p.activities) + (r() < p.activities % 1 ? 1 : 0);
      return {
        numerator: planned + (m === 1 || m === 9 || m === 10 ? Math.round(r() * 0.6) : 0),
        denominator: null,
      };
    }
    case 'special_services': {
      // A stock: the menu changes twice a year, not every month.
      const half = `${month.slice(0, 4)}${m <= 6 ? 'H1' : 'H2'}`;
      const [lo, hi] = p.services;
      return {
        numerator: lo + Math.floor(seeded(`${e.code}|services|${half}`)() * (hi - lo + 1)),
        denominator: null,
      };
    }
    case 'audit_score': {
      // HQ audits once a quarter: points earned over the points of the applicable items.
      if (!options.dense && m % 3 !== 0) return null;
      const applicable = 1000 - Math.floor(r() * 60);
      const rate = clamp(0.78 + q * 0.19 + normal(r) * 0.015, 0.6, 1);
      return { numerator: Math.round(applicable * rate), denominator: applicable };
    }
    default:
      return null;
  }
}

/** A personality for a generated estate (scale data): quality spread evenly, the rest following it. */
export function generatedPersonality(key: string): Personality {
  const r = seeded(`${key}|personality`);
  const q = 0.15 + 0.85 * r();
  const fee = 88 + q * 10;
  const sat = 72 + q * 25;
  return {
    quality: q,
    fee: [fee - 1.5, Math.min(100, fee + 1.8)],
    satisfaction: [sat - 3, Math.min(100, sat + 2.5)],
    complaints: 3 - q * 2.3,
    activities: 0.5 + q,
    services: [8 + Math.round(q * 3), 10 + Math.round(q * 4)],
    ...(r() < 0.08 ? { repairSlip: 0.03 + r() * 0.03 } : {}),
  };
}

export type FigureRow = typeof monthlyFigures.$inferInsert;

/** Every figure of one estate over `months` ending at `lastMonth`, approved and in force. */
export function estateFigures(
  companyId: string,
  e: FigureEstate,
  p: Personality,
  lastMonth: string,
  months: number,
  options: FigureOptions & { decidedBy?: string | null; now?: Date } = {},
): FigureRow[] {
  const out: FigureRow[] = [];
  const now = options.now ?? new Date();
  for (let age = months - 1; age >= 0; age--) {
    const month = addMonths(lastMonth, -age);
    const base = monthBase(e, p, month, age);
    // Reported early in the next month, approved a few days later (never in the future).
    const next = addMonths(month, 1);
    const at = (day: string) => {
      const d = new Date(`${next}-${day}T10:00:00+08:00`);
      return d > now ? now : d;
    };
    for (const def of BUILT_IN_INDICATORS) {
      const counts = figureOf(def, e, p, month, age, options, base);
      if (!counts) continue;
      out.push({
        companyId,
        estateId: e.id,
        indicatorCode: def.code,
        month,
        revision: 1,
        numerator: counts.numerator,
        denominator: counts.denominator,
        value: monthlyValue(def, counts),
        source: 'REPORTED',
        state: 'APPROVED',
        effective: true,
        submittedAt: at('05'),
        decidedBy: options.decidedBy ?? null,
        decidedAt: at('08'),
        createdAt: at('03'),
        updatedAt: at('08'),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 安居物业's demo: personalities, the last month's approval states, targets with history

type LastMonth =
  | { state: 'APPROVED' }
  | { state: 'SUBMITTED' }
  | { state: 'REJECTED'; reason: string }
  | { state: 'MISSING' };

export interface DemoCharacter extends Personality {
  /** Months of figures (default 24). */
  months?: number;
  last?: LastMonth;
}

/** By estate code (demo.ts): the story the comparison page tells on first start. */
const CHARACTERS: Record<string, DemoCharacter> = {
  // The benchmarks: almost nothing broken, fees in, owners happy.
  'HZ-CHY': {
    quality: 0.95,
    fee: [98.6, 99.8],
    satisfaction: [97.8, 99.2],
    complaints: 0.8,
    activities: 1.4,
    services: [12, 14],
    last: {
      state: 'REJECTED',
      reason: '收缴率与财务月报不一致（应收金额未扣除空置房减免），请核对后重新提交。',
    },
  },
  'SH-BJHY': {
    quality: 0.93,
    fee: [98.2, 99.6],
    satisfaction: [97.2, 98.9],
    complaints: 1,
    activities: 1.6,
    services: [13, 14],
  },
  // An older estate in dispute with its owners: fees and satisfaction lag, complaints run high.
  'SZ-JGY': {
    quality: 0.3,
    fee: [88.5, 92.5],
    satisfaction: [71, 79],
    complaints: 2.8,
    activities: 0.6,
    services: [8, 9],
  },
  'NJ-ZJY': {
    quality: 0.6,
    fee: [95, 97.8],
    satisfaction: [87, 93],
    complaints: 1.6,
    activities: 1,
    services: [10, 12],
    last: { state: 'SUBMITTED' },
  },
  // Good until two quarters ago, when repairs started running late (and complaints followed).
  'GZ-LWYY': {
    quality: 0.78,
    fee: [96.5, 98.6],
    satisfaction: [90, 95],
    complaints: 1.3,
    activities: 1.1,
    services: [10, 12],
    repairSlip: 0.045,
  },
  'SZ-HJHT': {
    quality: 0.7,
    fee: [96.8, 98.8],
    satisfaction: [89, 95],
    complaints: 1.5,
    activities: 1.2,
    services: [11, 13],
    last: { state: 'SUBMITTED' },
  },
  // An office tower: no households, so no per-household rates; last month not reported yet.
  'GZ-NHGJ': {
    quality: 0.85,
    fee: [97.5, 99.5],
    satisfaction: [91, 96],
    complaints: 0,
    activities: 0.5,
    services: [9, 11],
    last: { state: 'MISSING' },
  },
  // Still being taken over: six months of figures, settling in.
  'FS-RSW': {
    quality: 0.5,
    fee: [90, 95],
    satisfaction: [85, 92],
    complaints: 0,
    activities: 0.8,
    services: [6, 8],
    months: 6,
  },
};

const DEFAULT_CHARACTER: DemoCharacter = generatedPersonality('default');

/** An estate's demo character (personality, months of figures, last month's state), by code. */
export function demoCharacter(code: string): DemoCharacter {
  return CHARACTERS[code] ?? DEFAULT_CHARACTER;
}

/** An estate's demo character by code, and how many months of figures it has (default 24). */
export function demoCharacterOf(code: string): {
  personality: Personality;
  months: number;
  missingLast: boolean;
} {
  const c = CHARACTERS[code] ?? DEFAULT_CHARACTER;
  return { personality: c, months: c.months ?? 24, missingLast: c.last?.state === 'MISSING' };
}

/** An estate's quality (0 weak … 1 strong): the demo audits score by it, as the figures do. */
export function demoQuality(code: string): number {
  return (CHARACTERS[code] ?? DEFAULT_CHARACTER).quality;
}

export interface DemoFigureInput {
  companyId: string;
  estates: FigureEstate[];
  /** Who approved (the company admin). */
  adminId: string;
  /** Who reports for which estate (estate code → user id), for the approval queue. */
  reporters: Map<string, string>;
  now?: Date;
}

const CHUNK = 500;
const REPAIR_CODES: ReadonlySet<string> = new Set(REPAIR_INDICATOR_CODES);

/**
 * 24 months of figures for the demo company ending last month (Asia/Shanghai), the preset history
 * (A for two years, B for the last six months) and a few target overrides, so that past periods
 * are judged by the targets of their time. Multi-row inserts, a dozen statements in all.
 */
export async function seedDemoFigures(tx: Tx, input: DemoFigureInput): Promise<number> {
  const now = input.now ?? new Date();
  const thisMonth = monthOfDate(now);
  const lastMonth = addMonths(thisMonth, -1);
  const firstMonth = addMonths(lastMonth, -23);
  const { companyId, adminId } = input;
  const rows: FigureRow[] = [];
  for (const e of input.estates) {
    const c = CHARACTERS[e.code] ?? DEFAULT_CHARACTER;
    const mine = estateFigures(companyId, e, c, lastMonth, c.months ?? 24, { decidedBy: adminId, now });
    const last = c.last ?? { state: 'APPROVED' };
    for (const row of mine) {
      row.submittedBy = input.reporters.get(e.code) ?? null;
      // What the demo's work orders compute (demo-work-orders.ts): the records behind the figure.
      if (REPAIR_CODES.has(row.indicatorCode)) row.source = 'COMPUTED';
      if (row.month !== lastMonth || last.state === 'APPROVED' || last.state === 'MISSING') continue;
      // Last month waits in HQ's approval queue, or came back with a reason.
      row.state = last.state;
      row.effective = false;
      if (last.state === 'SUBMITTED') {
        row.decidedBy = null;
        row.decidedAt = null;
      } else {
        row.rejectReason = last.reason;
      }
    }
    rows.push(...(last.state === 'MISSING' ? mine.filter((r) => r.month !== lastMonth) : mine));
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.insert(monthlyFigures).values(rows.slice(i, i + CHUNK));
  }

  const monthStart = (month: string) => {
    const d = new Date(`${month}-01T09:00:00+08:00`);
    return d > now ? now : d;
  };
  await tx.insert(indicatorPresets).values([
    { companyId, preset: 'A', effectiveMonth: firstMonth, setBy: adminId, setAt: monthStart(firstMonth) },
    {
      companyId,
      preset: 'B',
      effectiveMonth: addMonths(thisMonth, -6),
      setBy: adminId,
      setAt: monthStart(addMonths(thisMonth, -7)),
    },
  ]);
  const id = (code: string) => input.estates.find((e) => e.code === code)?.id ?? null;
  const override = (
    code: string,
    estateId: string | null,
    target: Target | null,
    effectiveMonth: string,
    reason: string,
  ) => ({
    companyId,
    indicatorCode: code,
    estateId,
    op: target?.op ?? null,
    value: target?.value ?? null,
    effectiveMonth,
    reason,
    setBy: adminId,
    // Decided the month before it took effect.
    setAt: monthStart(addMonths(effectiveMonth, -1)),
  });
  const overrides = [
    override('audit_score', null, { op: '>=', value: 90 }, firstMonth, '品质检查以 90 分（优）为公司目标'),
    override(
      'fee_collection',
      id('SZ-JGY'),
      { op: '>=', value: 92 },
      addMonths(thisMonth, -12),
      '老旧小区收费争议未决，与业委会约定阶段性目标',
    ),
    override(
      'satisfaction',
      id('GZ-NHGJ'),
      { op: '>=', value: 90 },
      addMonths(thisMonth, -9),
      '写字楼按租户满意度问卷口径',
    ),
    override(
      'repair_timely',
      id('SH-BJHY'),
      { op: '>=', value: 99.5 },
      addMonths(thisMonth, -3),
      '标杆项目提高目标',
    ),
    override(
      'special_services',
      id('FS-RSW'),
      { op: '>=', value: 6 },
      addMonths(lastMonth, -5),
      '筹备期，特约服务逐步上线',
    ),
  ].filter((o) => o.indicatorCode === 'audit_score' || o.estateId);
  await tx.insert(indicatorTargets).values(overrides);
  return rows.length;
}

/**
 * The demo's figure of `code` for estate `e` in each month of its history (oldest first), as
 * seedDemoFigures writes it: what the operational seeders (complaints, surveys) generate records
 * for, so that the computed figures equal these.
 */
export function demoFigureSeries(
  e: FigureEstate,
  code: string,
  now: Date,
): { month: string; counts: Counts | null }[] {
  const def = BUILT_IN_INDICATORS.find((d) => d.code === code);
  if (!def) throw new Error(`no built-in indicator ${code}`);
  const c = CHARACTERS[e.code] ?? DEFAULT_CHARACTER;
  const lastMonth = addMonths(monthOfDate(now), -1);
  const out: { month: string; counts: Counts | null }[] = [];
  for (let age = (c.months ?? 24) - 1; age >= 0; age--) {
    const month = addMonths(lastMonth, -age);
    out.push({ month, counts: figureOf(def, e, c, month, age) });
  }
  return out;
}
