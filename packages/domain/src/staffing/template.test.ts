import { describe, expect, it } from 'vitest';
import { AUDIT_DEPARTMENTS } from '../audits/types.js';
import { SHIFT_PATTERN_CODES, SHIFT_PATTERNS } from '../team/shifts.js';
import {
  DEPARTMENT_CODES,
  DEPARTMENT_OF_AUDIT_DEPARTMENT,
  DEPARTMENTS,
  HQ_DEPARTMENTS,
  isDepartmentCode,
  isServiceCentreDepartment,
  SERVICE_CENTRE_DEPARTMENTS,
} from './departments.js';
import { CERTIFICATE_KIND_INFO } from './people.js';
import {
  BUILT_IN_STAFFING_TEMPLATE_ID,
  builtInStaffingTemplate,
  headcountByDepartment,
  plannedHeadcount,
  STAFFING_TEMPLATE_16,
} from './template.js';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

describe('departments', () => {
  it('names every department in both languages at the right level', () => {
    for (const code of DEPARTMENT_CODES) {
      expect(DEPARTMENTS[code].code).toBe(code);
      expect(DEPARTMENTS[code].en).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(SERVICE_CENTRE_DEPARTMENTS.every((d) => DEPARTMENTS[d].level === 'ESTATE')).toBe(true);
    expect(HQ_DEPARTMENTS.every((d) => DEPARTMENTS[d].level === 'HQ')).toBe(true);
    expect(DEPARTMENTS.SECURITY.zh).toBe('秩序维护部');
    expect(isDepartmentCode('QUALITY')).toBe(true);
    expect(isServiceCentreDepartment('QUALITY')).toBe(false);
    expect(isDepartmentCode('KITCHEN')).toBe(false);
  });

  it('shares the audit department codes and places fire safety under security', () => {
    for (const audit of AUDIT_DEPARTMENTS) {
      const dept = DEPARTMENT_OF_AUDIT_DEPARTMENT[audit];
      expect(SERVICE_CENTRE_DEPARTMENTS).toContain(dept);
      if (audit !== 'FIRE_SAFETY') expect(dept).toBe(audit);
    }
    expect(DEPARTMENT_OF_AUDIT_DEPARTMENT.FIRE_SAFETY).toBe('SECURITY');
  });
});

describe('the 16-person staffing template', () => {
  it('plans 16 people, as seed 000 does', () => {
    expect(plannedHeadcount(STAFFING_TEMPLATE_16)).toBe(16);
    expect(headcountByDepartment(STAFFING_TEMPLATE_16)).toEqual({
      MANAGEMENT: 1,
      CUSTOMER_SERVICE: 2,
      SECURITY: 4,
      CLEANING: 5,
      ENGINEERING: 1,
      LANDSCAPING: 3,
    });
  });

  it('has the security supervisor held by the estate manager, with no head of its own', () => {
    const supervisor = STAFFING_TEMPLATE_16.find((p) => p.code === 'SECURITY_SUPERVISOR')!;
    expect(supervisor.headcount).toBe(0);
    expect(supervisor.heldBy).toBe('ESTATE_MANAGER');
    for (const p of STAFFING_TEMPLATE_16) {
      if (p.heldBy) expect(STAFFING_TEMPLATE_16.map((q) => q.code)).toContain(p.heldBy);
      else expect(p.headcount).toBeGreaterThan(0);
    }
  });

  it('has unique codes, known patterns, well-formed hours and a duty text in both languages', () => {
    const codes = STAFFING_TEMPLATE_16.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const p of STAFFING_TEMPLATE_16) {
      expect(SHIFT_PATTERN_CODES).toContain(p.shiftPattern);
      expect(SERVICE_CENTRE_DEPARTMENTS).toContain(p.department);
      expect(p.shifts.length).toBeGreaterThan(0);
      for (const s of p.shifts) {
        for (const span of s.periods) {
          expect(span.start).toMatch(HH_MM);
          expect(span.end).toMatch(HH_MM);
        }
      }
      expect(p.duty.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.duty.en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(p.hoursText.en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(p.certificateRequired).toBe(p.certificateKinds.length > 0);
    }
  });

  it('matches the seed rows: guards two crews round the clock, cleaners 6 on 1 off, certificates', () => {
    const by = Object.fromEntries(STAFFING_TEMPLATE_16.map((p) => [p.code, p]));
    expect(by.SECURITY_GUARD!.shiftPattern).toBe('TWO_CREWS');
    expect(by.SECURITY_GUARD!.roundTheClock).toBe(true);
    expect(by.SECURITY_GUARD!.shifts.map((s) => s.periods)).toEqual([
      [{ start: '07:00', end: '19:00' }],
      [{ start: '19:00', end: '07:00' }],
    ]);
    expect(by.CLEANER!.shiftPattern).toBe('SIX_ONE');
    expect(by.ELECTRICIAN_PLUMBER!.certificateKinds).toEqual(['ELECTRICIAN']);
    expect(by.ESTATE_MANAGER!.onCall24h).toBe(true);
    expect(by.CUSTOMER_SERVICE_AGENT!.staffedWindow).toEqual({ start: '08:00', end: '20:00' });
    const roundTheClock = STAFFING_TEMPLATE_16.filter((p) => p.roundTheClock).map((p) => p.code);
    expect(roundTheClock).toEqual(['SECURITY_GUARD']);
    const certified = STAFFING_TEMPLATE_16.filter((p) => p.certificateRequired).map((p) => p.code);
    expect(certified).toEqual(['SECURITY_GUARD', 'ELECTRICIAN_PLUMBER']);
    for (const p of STAFFING_TEMPLATE_16) {
      for (const k of p.certificateKinds) expect(CERTIFICATE_KIND_INFO[k]).toBeDefined();
      expect(p.ageLimit).toBeNull();
    }
  });

  it('names the four shift patterns as the seeds write them', () => {
    expect(SHIFT_PATTERNS.FIVE_TWO.nameZh).toBe('做五休二');
    expect(SHIFT_PATTERNS.SIX_ONE.nameZh).toBe('做六休一');
    expect(SHIFT_PATTERNS.TWO_CREWS.nameZh).toBe('二班二运转');
    expect(SHIFT_PATTERNS.THREE_CREWS.nameZh).toBe('三班两运转');
  });
});

describe('builtInStaffingTemplate', () => {
  it('holds the six service-centre departments and the 16 planned people, every position in one of them', () => {
    const t = builtInStaffingTemplate();
    expect(t.departments.map((d) => d.code)).toEqual([...SERVICE_CENTRE_DEPARTMENTS]);
    expect(t.positions.reduce((n, p) => n + p.plannedHeadcount, 0)).toBe(16);
    const codes = new Set(t.departments.map((d) => d.code));
    for (const p of t.positions) expect(codes.has(p.departmentCode), p.code).toBe(true);
    expect(t.positions.find((p) => p.code === 'SECURITY_GUARD')).toMatchObject({
      departmentCode: 'SECURITY',
      shiftPattern: 'TWO_CREWS',
      certificateKinds: ['SECURITY_GUARD', 'FIRE_FACILITY_OPERATOR'],
    });
    expect(BUILT_IN_STAFFING_TEMPLATE_ID).not.toMatch(/^[0-9a-f-]{36}$/);
  });
});
