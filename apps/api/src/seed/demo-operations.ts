/**
 * 24 months of the estate's records for 安居物业 (issue 11 item 7): fees, incidents, facility
 * checks, community activities and the special-services menu, generated from the very counts
 * `figureOf` gives the demo figures — so recomputing any of those figures from these records
 * gives the seeded numerator and denominator exactly, and the comparison tells the same story
 * (the same estates miss the same targets). Deterministic (seeded by estate and month), bulk
 * inserted a few statements per table.
 */
import {
  addMonths,
  FACILITY_CLASS_INDICATOR,
  FACILITY_CLASSES,
  indicatorByCode,
  monthBounds,
  monthOfDate,
  SPECIAL_SERVICE_PRESETS,
} from '@anju/domain';
import type { Tx } from '../db/client.js';
import { communityActivities, specialServices } from '../modules/activities/index.js';
import { facilityChecks } from '../modules/facility-checks/index.js';
import { feeCollections } from '../modules/fees/index.js';
import { incidents } from '../modules/incidents/index.js';
import { demoCharacter, type FigureEstate, figureOf, seeded } from './demo-figures.js';

export interface DemoOperationsInput {
  companyId: string;
  estates: FigureEstate[];
  now: Date;
}

/** Services beyond the starting ten that estates add to their menus. */
const EXTRA_SERVICES = [
  { name: '开锁换锁', priceFen: 8000, unit: '次' },
  { name: '宠物寄养', priceFen: 5000, unit: '天' },
  { name: '老人陪护', priceFen: 3000, unit: '小时' },
  { name: '儿童托管', priceFen: 2500, unit: '小时' },
  { name: '家具安装', priceFen: 6000, unit: '件' },
  { name: '车辆代检', priceFen: 15000, unit: '次' },
];
const MENU = [...SPECIAL_SERVICE_PRESETS, ...EXTRA_SERVICES];

const ACTIVITY_TITLES = [
  '邻里节游园会',
  '社区义诊',
  '少儿书法班',
  '老年合唱团汇报演出',
  '消防安全知识讲座',
  '亲子运动会',
  '露天电影之夜',
  '垃圾分类宣传日',
  '中秋灯谜会',
  '重阳敬老茶话会',
  '新春写春联',
  '端午包粽子',
];
const CHECKERS = ['王建国', '李志强', '陈海', '周敏', '赵立新'];
const PLACES = [
  '1号楼楼道',
  '地下车库B区',
  '3号楼天台',
  '东门岗亭',
  '会所',
  '5号楼电梯厅',
  '中心花园',
  '2号楼外墙',
];

const counts = (code: string, e: FigureEstate, month: string, age: number) =>
  figureOf(indicatorByCode(code)!, e, demoCharacter(e.code), month, age);

const day = (month: string, d: number) => {
  const last = Number(monthBounds(month).to.slice(8));
  return `${month}-${String(Math.min(last, Math.max(1, d))).padStart(2, '0')}`;
};

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Inserts the records; answers how many of each. */
export async function seedDemoOperations(tx: Tx, input: DemoOperationsInput) {
  const { companyId, now } = input;
  const lastMonth = addMonths(monthOfDate(now), -1);
  const fees: Insert<typeof feeCollections>[] = [];
  const events: Insert<typeof incidents>[] = [];
  const checks: Insert<typeof facilityChecks>[] = [];
  const activities: Insert<typeof communityActivities>[] = [];
  const services: Insert<typeof specialServices>[] = [];
  const stamp = { createdAt: now, updatedAt: now };
  for (const e of input.estates) {
    const c = demoCharacter(e.code);
    const months = c.months ?? 24;
    // Last month not reported yet (the office tower): no records of it either.
    const skipLast = c.last?.state === 'MISSING';
    const series: { month: string; age: number }[] = [];
    for (let age = months - 1; age >= 0; age--) {
      if (age === 0 && skipLast) continue;
      series.push({ month: addMonths(lastMonth, -age), age });
    }
    for (const { month, age } of series) {
      const r = seeded(`${e.code}|ops|${month}`);
      const base = { companyId, estateId: e.id, ...stamp };
      const fee = counts('fee_collection', e, month, age);
      if (fee?.denominator)
        fees.push({
          ...base,
          month,
          receivableFen: Math.round(fee.denominator * 100),
          collectedFen: Math.round(fee.numerator * 100),
        });

      const incident = (
        kind: (typeof events)[number]['kind'],
        extra: Partial<(typeof events)[number]> = {},
      ) => {
        const occurredOn = extra.occurredOn ?? day(month, 1 + Math.floor(r() * 28));
        events.push({
          ...base,
          kind,
          occurredOn,
          place: PLACES[Math.floor(r() * PLACES.length)]!,
          description: DESCRIPTIONS[kind],
          // Handled the same day unless said otherwise (as the API asks: handled needs its date).
          ...(extra.handled ? { handledOn: occurredOn } : {}),
          ...extra,
        });
      };
      for (let i = 0; i < (counts('fire_alarm_rate', e, month, age)?.numerator ?? 0); i++)
        incident('FIRE_ALARM', { handling: '现场确认并复位', handled: true });
      for (let i = 0; i < (counts('fire_count', e, month, age)?.numerator ?? 0); i++)
        incident('FIRE', { managementCaused: true, handling: '扑灭明火，排查线路', handled: true });
      for (let i = 0; i < (counts('security_cases', e, month, age)?.numerator ?? 0); i++)
        incident('SECURITY_CASE', { managementCaused: true, handling: '报警并调取监控', handled: true });
      const rate = counts('violation_rate', e, month, age);
      const handled = counts('violation_handled', e, month, age);
      const violations = handled?.denominator ?? rate?.numerator ?? 0;
      for (let i = 0; i < violations; i++) {
        const done = i < (handled?.numerator ?? 0);
        const on = day(month, 1 + Math.floor(r() * 25));
        incident('VIOLATION', {
          occurredOn: on,
          handled: done,
          handledOn: done ? day(month, Number(on.slice(8)) + 2) : null,
          handling: done ? '责令整改，已恢复原状' : null,
        });
      }

      for (const facilityClass of FACILITY_CLASSES) {
        const f = counts(FACILITY_CLASS_INDICATOR[facilityClass], e, month, age);
        if (!f?.denominator) continue;
        checks.push({
          ...base,
          facilityClass,
          checkedOn: day(month, 18 + Math.floor(r() * 8)),
          itemsChecked: f.denominator,
          itemsIntact: f.numerator,
          defects: f.numerator < f.denominator ? `${f.denominator - f.numerator} 处不完好，已报修` : null,
          checker: CHECKERS[Math.floor(r() * CHECKERS.length)]!,
        });
      }

      const held = counts('culture_activities', e, month, age)?.numerator ?? 0;
      for (let i = 0; i < held; i++)
        activities.push({
          ...base,
          heldOn: day(month, 5 + i * 9 + Math.floor(r() * 5)),
          title: ACTIVITY_TITLES[(Number(month.slice(5)) + i) % ACTIVITY_TITLES.length]!,
          attendance: 280 + Math.floor(r() * 120),
          place: '社区文化广场',
        });
    }

    // The menu: service k is on offer at a month's end when k < that month's count; each run of
    // months on offer is one row (withdrawn on the last day of its last month, or still offered).
    const menu = series.map(({ month, age }) => ({
      month,
      n: counts('special_services', e, month, age)?.numerator ?? 0,
    }));
    for (let k = 0; k < MENU.length; k++) {
      let start: string | null = null;
      menu.forEach(({ month, n }, i) => {
        const on = k < n;
        if (on && start === null) start = i === 0 ? monthBounds(month).from : `${month}-01`;
        const last = i === menu.length - 1;
        if (start !== null && (!on || last)) {
          const until = on ? null : monthBounds(menu[i - 1]!.month).to;
          services.push({
            companyId,
            estateId: e.id,
            name: MENU[k]!.name,
            priceFen: MENU[k]!.priceFen,
            unit: MENU[k]!.unit,
            activeFrom: start,
            activeUntil: until,
            ...stamp,
          });
          start = null;
        }
      });
    }
  }
  const CHUNK = 500;
  const bulk = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
  };
  await bulk(fees, (c) => tx.insert(feeCollections).values(c));
  await bulk(events, (c) => tx.insert(incidents).values(c));
  await bulk(checks, (c) => tx.insert(facilityChecks).values(c));
  await bulk(activities, (c) => tx.insert(communityActivities).values(c));
  await bulk(services, (c) => tx.insert(specialServices).values(c));
  return {
    feeMonths: fees.length,
    incidents: events.length,
    facilityChecks: checks.length,
    activities: activities.length,
    services: services.length,
  };
}

const DESCRIPTIONS: Record<(typeof incidents)['$inferInsert']['kind'], string> = {
  FIRE_ALARM: '烟感报警，现场确认为油烟误报',
  FIRE: '电动车违规充电起火',
  SECURITY_CASE: '地下车库电瓶被盗',
  MAJOR_CRIMINAL_CASE: '重大刑事案件',
  VIOLATION: '私搭乱建、占用公共通道',
};
