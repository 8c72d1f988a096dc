import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  addMonths,
  DEPARTMENTS,
  type EstateStatus,
  type EstateType,
  HQ_DEPARTMENTS,
  type MembershipRole,
  monthOfDate,
} from '@anju/domain';
import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { hashPassword } from '../auth/passwords.js';
import type { Database, Tx } from '../db/client.js';
import { withSystem, withTenant } from '../db/tenant.js';
import { companies } from '../modules/companies/index.js';
import { estates } from '../modules/estates/index.js';
import { sendFigureReminders } from '../modules/jobs/index.js';
import { regions } from '../modules/regions/index.js';
import { seedDemoRosters } from '../modules/rosters/index.js';
import { type PersonalDataCipher, publicPersonalDataCipher, seedDemoStaff } from '../modules/staff/index.js';
import { recomputeStaffingIndicators } from '../modules/staffing/index.js';
import { insertDepartments } from '../modules/team/index.js';
import { insertMemberships, insertUser, users } from '../modules/users/index.js';
import {
  recomputeRepairIndicators,
  registerWorkOrderIndicatorSources,
} from '../modules/work-orders/index.js';
import { seedDemoAudits } from './demo-audits.js';
import { seedDemoCare } from './demo-care.js';
import { seedDemoFigures } from './demo-figures.js';
import { seedDemoOperations } from './demo-operations.js';
import { seedDemoWorkOrders } from './demo-work-orders.js';
import { seedDemoWorkOrderBoard } from './demo-work-orders-today.js';

export const DEMO_PASSWORD = 'demo12345';

interface DemoEstate {
  name: string;
  code: string;
  region: string | null;
  address: string;
  type: EstateType;
  households: number;
  grossFloorArea: number;
  buildings: number;
  feeRate: number;
  /**
   * Months before the seeding month that the contract started, and months after it that it ends:
   * the demo is seeded relative to its clock, so every estate is under contract for the whole
   * figure history and the months around today, whatever day the demo is loaded.
   */
  contract: [startedMonthsAgo: number, endsInMonths: number];
  status?: EstateStatus;
}

const ANJU_ESTATES: DemoEstate[] = [
  {
    name: '翠湖苑',
    code: 'HZ-CHY',
    region: 'EAST',
    address: '杭州市西湖区文三路 388 号',
    type: 'RESIDENTIAL',
    households: 1286,
    grossFloorArea: 156_400,
    buildings: 18,
    feeRate: 2.8,
    contract: [59, 13],
  },
  {
    name: '金桂园',
    code: 'SZ-JGY',
    region: 'EAST',
    address: '苏州市工业园区星湖街 218 号',
    type: 'RESIDENTIAL',
    households: 964,
    grossFloorArea: 112_800,
    buildings: 14,
    feeRate: 2.5,
    contract: [65, 19],
  },
  {
    name: '滨江花园',
    code: 'SH-BJHY',
    region: 'EAST',
    address: '上海市浦东新区滨江大道 1588 弄',
    type: 'RESIDENTIAL',
    households: 2130,
    grossFloorArea: 248_600,
    buildings: 26,
    feeRate: 3.6,
    contract: [81, 3],
  },
  {
    name: '紫荆苑',
    code: 'NJ-ZJY',
    region: 'EAST',
    address: '南京市鼓楼区汉中门大街 99 号',
    type: 'RESIDENTIAL',
    households: 728,
    grossFloorArea: 86_300,
    buildings: 10,
    feeRate: 2.2,
    contract: [47, 13],
  },
  {
    name: '荔湾雅苑',
    code: 'GZ-LWYY',
    region: 'SOUTH',
    address: '广州市荔湾区芳村大道中 312 号',
    type: 'RESIDENTIAL',
    households: 1048,
    grossFloorArea: 121_500,
    buildings: 12,
    feeRate: 2.6,
    contract: [55, 5],
  },
  {
    name: '海景华庭',
    code: 'SZ-HJHT',
    region: 'SOUTH',
    address: '深圳市南山区后海大道 2388 号',
    type: 'RESIDENTIAL',
    households: 1532,
    grossFloorArea: 189_200,
    buildings: 16,
    feeRate: 4.2,
    contract: [62, 10],
  },
  {
    name: '南湖国际中心',
    code: 'GZ-NHGJ',
    region: 'SOUTH',
    address: '广州市天河区珠江新城华夏路 16 号',
    type: 'OFFICE',
    households: 0,
    grossFloorArea: 68_900,
    buildings: 2,
    feeRate: 12.5,
    contract: [44, 16],
  },
  {
    name: '榕树湾商业街',
    code: 'FS-RSW',
    region: 'SOUTH',
    address: '佛山市禅城区季华五路 55 号',
    type: 'COMMERCIAL',
    households: 0,
    grossFloorArea: 42_300,
    buildings: 5,
    feeRate: 8.0,
    contract: [35, 25],
    status: 'PREPARING',
  },
];

const HUATING_ESTATES: DemoEstate[] = [
  {
    name: '华庭名苑',
    code: 'CD-HTMY',
    region: null,
    address: '成都市高新区天府大道北段 966 号',
    type: 'RESIDENTIAL',
    households: 1120,
    grossFloorArea: 134_700,
    buildings: 15,
    feeRate: 2.4,
    contract: [51, 9],
  },
  {
    name: '华庭中心',
    code: 'CD-HTZX',
    region: null,
    address: '成都市锦江区红星路三段 1 号',
    type: 'OFFICE',
    households: 0,
    grossFloorArea: 58_200,
    buildings: 1,
    feeRate: 15.0,
    contract: [42, 18],
  },
];

/** The accounts listed in the README; all share the password `demo12345`. */
export const DEMO_ACCOUNTS = [
  { email: 'platform@demo.local', name: '平台运营', role: 'PLATFORM_ADMIN' },
  { email: 'admin@anju.demo', name: '王建国', role: 'COMPANY_ADMIN', company: 'anju' },
  { email: 'auditor@anju.demo', name: '李品质', role: 'QUALITY_AUDITOR', company: 'anju' },
  { email: 'region@anju.demo', name: '赵华东', role: 'HQ_VIEWER', company: 'anju', region: 'EAST' },
  { email: 'manager@anju.demo', name: '陈项目', role: 'ESTATE_MANAGER', company: 'anju', estate: 'HZ-CHY' },
  { email: 'staff@anju.demo', name: '刘客服', role: 'ESTATE_STAFF', company: 'anju', estate: 'HZ-CHY' },
  {
    email: 'committee@anju.demo',
    name: '周业委',
    role: 'COMMITTEE_MEMBER',
    company: 'anju',
    estate: 'HZ-CHY',
  },
  { email: 'admin@huating.demo', name: '孙华庭', role: 'COMPANY_ADMIN', company: 'huating' },
  // One person working for two companies: the company switcher in the header.
  { email: 'consultant@demo.local', name: '吴顾问', role: 'QUALITY_AUDITOR', company: 'anju' },
  { email: 'consultant@demo.local', name: '吴顾问', role: 'QUALITY_AUDITOR', company: 'huating' },
] as const;

/** Names of the estates' rectification staff (one each, beside 翠湖苑's staff@anju.demo). */
const ESTATE_STAFF_NAMES = [
  '张维修',
  '黄保洁',
  '何秩序',
  '马工程',
  '罗绿化',
  '郑客服',
  '谢消防',
  '韩主管',
  '唐班长',
  '冯领班',
];

/** First day of the month `monthsAgo` before `now`'s month, and last day of the one `ahead`. */
function contractDates(now: Date, [monthsAgo, ahead]: DemoEstate['contract']) {
  const month = monthOfDate(now);
  const end = addMonths(month, ahead + 1);
  const lastDay = new Date(Date.UTC(Number(end.slice(0, 4)), Number(end.slice(5, 7)) - 1, 0));
  return {
    contractStart: `${addMonths(month, -monthsAgo)}-01`,
    contractEnd: lastDay.toISOString().slice(0, 10),
  };
}

async function seedCompany(
  tx: Tx,
  now: Date,
  slug: string,
  name: string,
  regionList: { code: string; name: string }[],
  list: DemoEstate[],
) {
  const [company] = await tx.insert(companies).values({ name, slug }).returning();
  const companyId = company!.id;
  const regionIds = new Map<string, string>();
  for (const r of regionList) {
    const [row] = await tx
      .insert(regions)
      .values({ companyId, ...r })
      .returning({ id: regions.id });
    regionIds.set(r.code, row!.id);
  }
  const estateIds = new Map<string, string>();
  for (const e of list) {
    const { region, contract, ...fields } = e;
    const [row] = await tx
      .insert(estates)
      .values({
        ...fields,
        ...contractDates(now, contract),
        companyId,
        regionId: region ? regionIds.get(region)! : null,
        status: e.status ?? 'MANAGED',
      })
      .returning({ id: estates.id });
    estateIds.set(e.code, row!.id);
  }
  return { companyId, regionIds, estateIds };
}

/** Loads the demo companies once; a second run finds them and does nothing. */
export async function seedDemo(
  database: Database,
  logger?: Logger,
  now = new Date(),
  personalData: PersonalDataCipher = publicPersonalDataCipher('development'),
): Promise<boolean> {
  const exists = await withSystem(database, 'demo-seed', (tx) =>
    tx.select({ id: companies.id }).from(companies).where(eq(companies.slug, 'anju')),
  );
  if (exists.length > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let figureCount = 0;
  let auditCounts = { audits: 0, findings: 0 };
  let staffCounts = { staff: 0 };
  let anjuId = '';
  let anjuEstateIds = new Map<string, string>();
  await withSystem(database, 'demo-seed', async (tx) => {
    const anju = await seedCompany(
      tx,
      now,
      'anju',
      '安居物业',
      [
        { code: 'EAST', name: '华东' },
        { code: 'SOUTH', name: '华南' },
      ],
      ANJU_ESTATES,
    );
    anjuId = anju.companyId;
    anjuEstateIds = anju.estateIds;
    const huating = await seedCompany(tx, now, 'huating', '华庭物业', [], HUATING_ESTATES);
    const byCompany = { anju, huating };
    const userIds = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const known = userIds.get(account.email);
      const id = known ?? randomUUID();
      userIds.set(account.email, id);
      if (!known)
        await insertUser(tx, {
          id,
          email: account.email,
          name: account.name,
          phone: null,
          passwordHash,
          invitationTokenHash: null,
          invitationExpiresAt: null,
        });
      if (account.role === 'PLATFORM_ADMIN') {
        await tx.update(users).set({ platformAdmin: true }).where(eq(users.id, id));
        continue;
      }
      const c = byCompany[account.company];
      await insertMemberships(tx, c.companyId, id, [
        {
          role: account.role as MembershipRole,
          regionId: 'region' in account ? c.regionIds.get(account.region)! : null,
          estateIds: 'estate' in account ? [c.estateIds.get(account.estate)!] : [],
        },
      ]);
    }
    // 24 months of figures, so the comparison pages tell a story on first start.
    figureCount = await seedDemoFigures(tx, {
      companyId: anju.companyId,
      estates: ANJU_ESTATES.map((e) => ({ ...e, id: anju.estateIds.get(e.code)! })),
      adminId: userIds.get('admin@anju.demo')!,
      reporters: new Map([['HZ-CHY', userIds.get('manager@anju.demo')!]]),
      now,
    });
    // The records those figures are computed from (fees, incidents, checks, activities, services).
    await seedDemoOperations(tx, {
      companyId: anju.companyId,
      estates: ANJU_ESTATES.map((e) => ({ ...e, id: anju.estateIds.get(e.code)! })),
      now,
    });
    // One member of staff per other estate of 安居物业, who works its rectifications.
    const staff = new Map([['HZ-CHY', userIds.get('staff@anju.demo')!]]);
    for (const [i, e] of ANJU_ESTATES.entries()) {
      if (staff.has(e.code) || (e.status ?? 'MANAGED') !== 'MANAGED') continue;
      const id = randomUUID();
      await insertUser(tx, {
        id,
        email: `staff.${e.code.toLowerCase()}@anju.demo`,
        name: ESTATE_STAFF_NAMES[i % ESTATE_STAFF_NAMES.length]!,
        phone: null,
        passwordHash,
        invitationTokenHash: null,
        invitationExpiresAt: null,
      });
      await insertMemberships(tx, anju.companyId, id, [
        { role: 'ESTATE_STAFF', regionId: null, estateIds: [anju.estateIds.get(e.code)!] },
      ]);
      staff.set(e.code, id);
    }
    const audited = ANJU_ESTATES.filter((e) => (e.status ?? 'MANAGED') === 'MANAGED');
    auditCounts = await seedDemoAudits(tx, {
      companyId: anju.companyId,
      estates: audited.map((e) => ({ id: anju.estateIds.get(e.code)!, code: e.code, name: e.name })),
      auditorId: userIds.get('auditor@anju.demo')!,
      coAuditorId: userIds.get('consultant@demo.local')!,
      adminId: userIds.get('admin@anju.demo')!,
      managers: new Map([['HZ-CHY', userIds.get('manager@anju.demo')!]]),
      staff,
      now,
    });
    // Headquarters departments (财务部, 品质部, 技术部), as the admin's applyHqDepartments adds them.
    await insertDepartments(
      tx,
      anju.companyId,
      HQ_DEPARTMENTS.map((code) => ({
        estateId: null,
        code,
        name: DEPARTMENTS[code].zh,
        nameEn: DEPARTMENTS[code].en,
        createdBy: userIds.get('admin@anju.demo')!,
      })),
      now,
    );
    staffCounts = await seedDemoStaff(tx, {
      companyId: anju.companyId,
      estates: audited.map((e) => ({ id: anju.estateIds.get(e.code)!, code: e.code, name: e.name })),
      adminId: userIds.get('admin@anju.demo')!,
      accounts: staff,
      cipher: personalData,
      now,
    });
    // 24 months of completed work orders: the records the repair figures above compute from.
    const figureEstates = ANJU_ESTATES.map((e) => ({ ...e, id: anju.estateIds.get(e.code)! }));
    await seedDemoWorkOrders(tx, {
      companyId: anju.companyId,
      estates: figureEstates,
      repairers: staff,
      desks: staff,
      now,
    });
    // Complaints and satisfaction surveys behind the figures above (after the departments exist).
    await seedDemoCare(tx, {
      companyId: anju.companyId,
      estates: ANJU_ESTATES.map((e) => ({ ...e, id: anju.estateIds.get(e.code)! })),
      receivers: staff,
      fallbackId: userIds.get('admin@anju.demo')!,
      now,
    });
  });
  // Last, this and next month's rosters of every department with staff (runs after the staff
  // seed); 翠湖苑's security post has a day shift left uncovered by a 病假.
  await withSystem(database, 'demo-seed', (tx) => seedDemoRosters(tx, { companyId: anjuId, now }));
  // The staffing indicators of this and last month, from the staff records just seeded (as each
  // write of a staff record does).
  await withTenant(database, anjuId, async (tx) => {
    for (const e of ANJU_ESTATES.filter((x) => (x.status ?? 'MANAGED') === 'MANAGED'))
      await recomputeStaffingIndicators(tx, anjuId, anjuEstateIds.get(e.code)!, now);
  });
  // Today's live work-order board of 翠湖苑 (after any history: its numbers follow).
  await withSystem(database, 'demo-seed', (tx) =>
    seedDemoWorkOrderBoard(tx, { companyId: anjuId, estateId: anjuEstateIds.get('HZ-CHY')!, now }),
  );
  // Its completed orders earn this month's repair figures, as completing them in the app does
  // (the sources are registered by the app at start; here too, for a seed without an app).
  registerWorkOrderIndicatorSources();
  await withTenant(database, anjuId, (tx) =>
    recomputeRepairIndicators(tx, anjuId, anjuEstateIds.get('HZ-CHY')!, now, [
      monthOfDate(now),
      addMonths(monthOfDate(now), -1),
    ]),
  );
  // Last month's reminders, as the job sends them on the reminder day: the managers of estates
  // that have not submitted (翠湖苑 was sent back) find one in their bell.
  const lastMonth = addMonths(monthOfDate(now), -1);
  await withTenant(database, anjuId, (tx) => sendFigureReminders(tx, anjuId, lastMonth, now));
  logger?.info({ figures: figureCount, ...auditCounts, ...staffCounts }, 'demo data loaded');
  return true;
}
