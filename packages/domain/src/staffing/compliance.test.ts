import { describe, expect, it } from 'vitest';
import {
  assessStaffing,
  CERTIFIED_ON_DUTY,
  type ComplianceCertificate,
  type CompliancePosition,
  type ComplianceStaff,
  certificateReminderDue,
  certifiedOnDutyRows,
  checkCertificates,
  complianceScore,
  employedOnDay,
  indicatorFigure,
  isManagementPosition,
  isStaffingIndicator,
  localDateOf,
  rankByScore,
  retentionOf,
  rosterDueMonth,
  trainingPassRows,
} from './compliance.js';
import { STAFFING_TEMPLATE_16 } from './template.js';

const TODAY = '2025-06-30';

/** The 16-person template as positions of one estate (department = the template's department). */
const positions: CompliancePosition[] = STAFFING_TEMPLATE_16.map((p) => ({
  id: p.code,
  departmentId: p.department,
  plannedHeadcount: p.headcount,
  certificateRequired: p.certificateRequired,
  certificateKinds: p.certificateKinds,
  ageMin: null,
  ageMax: p.code === 'CLEANER' ? 55 : null,
}));

let n = 0;
const person = (positionId: string, over: Partial<ComplianceStaff> = {}): ComplianceStaff => ({
  id: `s${++n}`,
  positionId,
  status: 'ACTIVE',
  hireDate: '2023-01-01',
  leaveDate: null,
  birthDate: '1985-05-05',
  ...over,
});

/** The hand-built estate of the API test: 15 of 16, guards' certificates, one too old, two leavers. */
function handBuilt() {
  n = 0;
  const staff: ComplianceStaff[] = [
    person('ESTATE_MANAGER'),
    person('CUSTOMER_SERVICE_AGENT'),
    person('CUSTOMER_SERVICE_AGENT', { status: 'PROBATION', hireDate: '2025-05-01' }),
    ...['g1', 'g2', 'g3', 'g4'].map((id) => person('SECURITY_GUARD', { id })),
    person('CLEANER', { birthDate: '1967-01-01' }), // 58: over the cleaners' 55
    person('CLEANER'),
    person('CLEANER'),
    person('CLEANER'), // 4 of 5: one vacancy
    person('ELECTRICIAN_PLUMBER', { id: 'e1' }),
    person('GARDENER'),
    person('GARDENER'),
    person('GARDENER'),
    person('GARDENER', { status: 'LEFT', leaveDate: '2025-03-31' }),
    person('CLEANER', { status: 'LEFT', leaveDate: '2024-12-31' }),
    person('CLEANER', { status: 'LEFT', leaveDate: null }), // left at an unknown time: not counted
  ];
  const certificates: ComplianceCertificate[] = [
    { staffId: 'g1', kind: 'SECURITY_GUARD', expiresOn: '2025-06-29' }, // expired yesterday
    { staffId: 'g2', kind: 'SECURITY_GUARD', expiresOn: '2025-07-20' }, // 20 days: expiring
    { staffId: 'g3', kind: 'FIRE_FACILITY_OPERATOR', expiresOn: '2027-01-01' },
    { staffId: 'g4', kind: 'SECURITY_GUARD', expiresOn: null }, // 长期有效
    { staffId: 'g4', kind: 'SECURITY_GUARD', expiresOn: '2020-01-01' }, // an old one beside it
    { staffId: 'e1', kind: 'ELECTRICIAN', expiresOn: '2026-06-30' },
  ];
  return { staff, certificates };
}

describe('assessStaffing', () => {
  it('counts planned, actual and vacancies per position and department', () => {
    const { staff, certificates } = handBuilt();
    const a = assessStaffing({ positions, staff, certificates, today: TODAY });
    expect([a.planned, a.actual, a.vacancies]).toEqual([16, 15, 1]);
    expect(a.byPosition.get('CLEANER')).toEqual({ planned: 5, actual: 4, vacancies: 1 });
    expect(a.byPosition.get('SECURITY_SUPERVISOR')).toEqual({ planned: 0, actual: 0, vacancies: 0 });
    expect(a.byDepartment.get('CLEANING')).toEqual({ planned: 5, actual: 4, vacancies: 1 });
    expect(a.byDepartment.get('SECURITY')).toEqual({ planned: 4, actual: 4, vacancies: 0 });
  });

  it('lists expired, expiring and missing certificates of posts that require one', () => {
    const { staff, certificates } = handBuilt();
    const a = assessStaffing({ positions, staff, certificates, today: TODAY });
    expect(a.certificateHolders).toBe(5);
    expect(a.certificateIssues).toEqual([
      {
        staffId: 'g1',
        positionId: 'SECURITY_GUARD',
        standing: 'EXPIRED',
        kind: 'SECURITY_GUARD',
        expiresOn: '2025-06-29',
        daysLeft: -1,
      },
      {
        staffId: 'g2',
        positionId: 'SECURITY_GUARD',
        standing: 'EXPIRING',
        kind: 'SECURITY_GUARD',
        expiresOn: '2025-07-20',
        daysLeft: 20,
      },
    ]);
    const without = assessStaffing({
      positions,
      staff,
      certificates: certificates.filter((c) => c.staffId !== 'e1'),
      today: TODAY,
    });
    expect(without.certificateIssues.find((i) => i.staffId === 'e1')).toMatchObject({
      standing: 'MISSING',
      kind: null,
    });
  });

  it('finds people outside their position’s age limits, the limits inclusive', () => {
    const { staff, certificates } = handBuilt();
    const a = assessStaffing({ positions, staff, certificates, today: TODAY });
    expect(a.ageBreaches).toEqual([
      { staffId: 's8', positionId: 'CLEANER', breach: 'TOO_OLD', limit: 55, age: 58 },
    ]);
    const young = positions.map((p) => (p.id === 'GARDENER' ? { ...p, ageMin: 40, ageMax: 40 } : p));
    const b = assessStaffing({ positions: young, staff, certificates, today: TODAY });
    // Born 1985-05-05: 40 on 2025-06-30, exactly the limit.
    expect(b.ageBreaches.filter((x) => x.positionId === 'GARDENER')).toEqual([]);
    const c = assessStaffing({ positions: young, staff, certificates, today: '2025-05-04' });
    expect(c.ageBreaches.filter((x) => x.positionId === 'GARDENER').map((x) => x.breach)).toEqual([
      'TOO_YOUNG',
      'TOO_YOUNG',
      'TOO_YOUNG',
    ]);
  });

  it('takes turnover from leavers with a known last day', () => {
    const { staff, certificates } = handBuilt();
    const a = assessStaffing({ positions, staff, certificates, today: TODAY });
    // 16 employed a year ago (15 − the probationer + 2 leavers), 15 now: 2 / 15.5.
    expect(a.turnover).toMatchObject({ headcountAtStart: 16, headcountAtEnd: 15, leavers: 2 });
    expect(a.turnover.rate).toBeCloseTo(2 / 15.5);
  });

  it('scores 40 × staffed + 30 × certified + 15 × age + 15 × retention', () => {
    const { staff, certificates } = handBuilt();
    const a = assessStaffing({ positions, staff, certificates, today: TODAY });
    expect(a.parts).toEqual({ staffed: 15 / 16, certified: 0.7, ageOk: 14 / 15, retention: 1 });
    // 37.5 + 21 + 14 + 15
    expect(a.score).toBe(87.5);
  });

  it('has no score with nothing planned and nobody on the team, and full marks for a complete team', () => {
    expect(assessStaffing({ positions: [], staff: [], certificates: [], today: TODAY }).score).toBeNull();
    const full = positions.flatMap((p) => Array.from({ length: p.plannedHeadcount }, () => person(p.id)));
    const certs = full
      .filter((s) => s.positionId === 'SECURITY_GUARD' || s.positionId === 'ELECTRICIAN_PLUMBER')
      .map((s) => ({
        staffId: s.id,
        kind: s.positionId === 'SECURITY_GUARD' ? ('SECURITY_GUARD' as const) : ('ELECTRICIAN' as const),
        expiresOn: null,
      }));
    expect(assessStaffing({ positions, staff: full, certificates: certs, today: TODAY }).score).toBe(100);
  });
});

describe('score parts', () => {
  it('retention is full up to 20 %, none from 60 %, linear between', () => {
    expect(retentionOf(null)).toBe(1);
    expect(retentionOf(0.2)).toBe(1);
    expect(retentionOf(0.4)).toBeCloseTo(0.5);
    expect(retentionOf(0.6)).toBe(0);
    expect(retentionOf(2)).toBe(0);
  });
  it('clamps parts and rounds to one decimal', () => {
    expect(complianceScore({ staffed: 1, certified: 1, ageOk: 1, retention: 1 })).toBe(100);
    expect(complianceScore({ staffed: 0, certified: -1, ageOk: 0, retention: 0 })).toBe(0);
    expect(complianceScore({ staffed: 2 / 3, certified: 1, ageOk: 1, retention: 1 })).toBe(86.7);
  });
  it('ranks by score, no score last, ties by name', () => {
    const rows = [
      { name: 'b', score: 80 },
      { name: 'c', score: null },
      { name: 'a', score: 80 },
      { name: 'd', score: 95 },
    ];
    expect(rankByScore(rows).map((r) => r.name)).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('checkCertificates', () => {
  it('takes the best certificate of a required kind; none of them is MISSING', () => {
    const certs = [
      { kind: 'ELECTRICIAN' as const, expiresOn: '2025-07-01' },
      { kind: 'ELECTRICIAN' as const, expiresOn: '2026-01-01' },
      { kind: 'WELDING' as const, expiresOn: null },
    ];
    expect(checkCertificates(['ELECTRICIAN'], certs, TODAY)).toMatchObject({
      standing: 'VALID',
      expiresOn: '2026-01-01',
    });
    expect(checkCertificates(['SECURITY_GUARD'], certs, TODAY).standing).toBe('MISSING');
    // No kinds named: any certificate counts.
    expect(checkCertificates([], certs, TODAY)).toMatchObject({ standing: 'VALID', kind: 'WELDING' });
  });
});

describe('staffing indicators', () => {
  it('knows its two codes and what management staff is', () => {
    expect(isStaffingIndicator(CERTIFIED_ON_DUTY)).toBe(true);
    expect(isStaffingIndicator('fee_collection')).toBe(false);
    expect(isManagementPosition({ code: 'ESTATE_MANAGER', departmentCode: 'MANAGEMENT' })).toBe(true);
    expect(isManagementPosition({ code: 'SECURITY_SUPERVISOR', departmentCode: 'SECURITY' })).toBe(true);
    expect(isManagementPosition({ code: 'SECURITY_GUARD', departmentCode: 'SECURITY' })).toBe(false);
  });

  it('training_pass counts the month’s training records of management staff', () => {
    const positionOf = (staffId: string) =>
      ({
        m: { id: 'ESTATE_MANAGER', code: 'ESTATE_MANAGER', departmentCode: 'MANAGEMENT' },
        s: { id: 'SECURITY_SUPERVISOR', code: 'SECURITY_SUPERVISOR', departmentCode: 'SECURITY' },
        g: { id: 'SECURITY_GUARD', code: 'SECURITY_GUARD', departmentCode: 'SECURITY' },
      })[staffId];
    const t = (staffId: string, trainedOn: string, passed: boolean) => ({
      trainingId: `${staffId}${trainedOn}`,
      staffId,
      course: '消防',
      trainedOn,
      passed,
    });
    const rows = trainingPassRows(
      '2024-02',
      [
        t('m', '2024-02-01', true),
        t('s', '2024-02-29', false),
        t('g', '2024-02-10', false),
        t('m', '2024-03-01', false),
      ],
      positionOf,
    );
    expect(rows.map((r) => [r.staffId, r.reason])).toEqual([
      ['m', 'PASSED'],
      ['s', 'FAILED'],
    ]);
    expect(indicatorFigure(rows)).toEqual({ numerator: 1, denominator: 2 });
    expect(indicatorFigure([])).toBeNull();
  });

  it('certified_on_duty judges the people employed on the month’s last day', () => {
    const { staff, certificates } = handBuilt();
    // June 2025 ends on the 30th: g1 expired, g2's expires 20 July (still current), g3, g4, e1 fine.
    const june = certifiedOnDutyRows('2025-06', staff, positions, certificates);
    expect(june.map((r) => [r.staffId, r.reason])).toEqual([
      ['g1', 'EXPIRED'],
      ['g2', 'CERTIFIED'],
      ['g3', 'CERTIFIED'],
      ['g4', 'CERTIFIED'],
      ['e1', 'CERTIFIED'],
    ]);
    expect(indicatorFigure(june)).toEqual({ numerator: 4, denominator: 5 });
    // In July g2's has expired by the 31st.
    expect(indicatorFigure(certifiedOnDutyRows('2025-07', staff, positions, certificates))).toEqual({
      numerator: 3,
      denominator: 5,
    });
    // Before anyone was hired there is nothing to count.
    expect(certifiedOnDutyRows('2022-12', staff, positions, certificates)).toEqual([]);
    expect(employedOnDay({ status: 'LEFT', hireDate: '2020-01-01', leaveDate: null }, TODAY)).toBe(false);
  });
});

describe('reminders', () => {
  it('reminds 30 and 7 days before expiry, each once, the most urgent when both are due', () => {
    expect(certificateReminderDue('2025-07-31', '2025-06-30', [])).toBeNull(); // 31 days
    expect(certificateReminderDue('2025-07-30', '2025-06-30', [])).toEqual({
      threshold: 30,
      daysLeft: 30,
      record: [30],
    });
    expect(certificateReminderDue('2025-07-30', '2025-07-01', [30])).toBeNull();
    expect(certificateReminderDue('2025-07-30', '2025-07-23', [30])).toEqual({
      threshold: 7,
      daysLeft: 7,
      record: [30, 7],
    });
    expect(certificateReminderDue('2025-07-30', '2025-07-25', [])).toEqual({
      threshold: 7,
      daysLeft: 5,
      record: [30, 7],
    });
    expect(certificateReminderDue('2025-07-30', '2025-07-30', [30, 7])).toBeNull();
    expect(certificateReminderDue('2025-07-30', '2025-07-31', [])).toBeNull(); // expired
    expect(certificateReminderDue(null, '2025-07-31', [])).toBeNull();
  });
  it('counts across the year end and a leap day', () => {
    expect(certificateReminderDue('2027-01-30', '2026-12-31', [])?.threshold).toBe(30);
    expect(certificateReminderDue('2028-03-07', '2028-02-29', [30])?.threshold).toBe(7);
  });
  it('asks for next month’s roster from the 25th', () => {
    expect(rosterDueMonth('2025-06-24')).toBeNull();
    expect(rosterDueMonth('2025-06-25')).toBe('2025-07');
    expect(rosterDueMonth('2026-12-31')).toBe('2027-01');
    expect(rosterDueMonth('2028-02-29')).toBe('2028-03');
  });
  it('takes the company’s calendar day from an instant', () => {
    expect(localDateOf(new Date('2026-12-31T16:30:00Z'), 'Asia/Shanghai')).toBe('2027-01-01');
    expect(localDateOf(new Date('2028-02-29T15:59:00Z'), 'Asia/Shanghai')).toBe('2028-02-29');
    expect(localDateOf(new Date('2028-02-29T15:59:00Z'), 'UTC')).toBe('2028-02-29');
  });
});
