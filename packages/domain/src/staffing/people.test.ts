import { describe, expect, it } from 'vitest';
import {
  addYears,
  ageAt,
  CERTIFICATE_KIND_INFO,
  CERTIFICATE_KINDS,
  certificateState,
  employedOn,
  identityFromResidentId,
  isMainlandMobile,
  isValidResidentId,
  maskResidentId,
  meetsCertificateRequirement,
  normaliseMobile,
  parseResidentId,
  residentIdCheckChar,
  STAFF_STATUS_NAMES,
  STAFF_STATUSES,
  turnover12Months,
} from './people.js';

describe('resident ID numbers', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'FEMALE'],
    ['110101200002290018', '2000-02-29', 'MALE'],
    ['440304199602290020', '1996-02-29', 'FEMALE'],
    ['11010520000229118X', '2000-02-29', 'FEMALE'],
    ['110101199003071233', '1990-03-07', 'MALE'],
    ['320102198511024565', '1985-11-02', 'FEMALE'],
  ])('%s is valid, born %s, %s', (value, birthDate, gender) => {
    const r = parseResidentId(value);
    expect(r).toEqual({ ok: true, value, birthDate, gender, regionCode: value.slice(0, 6) });
  });

  it('computes the MOD 11-2 check character, X standing for 10', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('11010120000229001')).toBe('8');
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
  });

  it('accepts a lower-case x and surrounding spaces, normalised', () => {
    const r = parseResidentId(' 11010519491231002x ');
    expect(r.ok && r.value).toBe('11010519491231002X');
  });

  it.each([
    ['11010519491231002', 'FORMAT'],
    ['11010519491231002X1', 'FORMAT'],
    ['1101051949123100XX', 'FORMAT'],
    ['11010519491231002Y', 'FORMAT'],
    ['', 'FORMAT'],
    ['110105194912310021', 'CHECKSUM'],
    ['110101200002290019', 'CHECKSUM'],
    ['110105194912310020', 'CHECKSUM'],
    // Check characters right, birth dates impossible: 2023 and 1900 are not leap years.
    ['110101202302290019', 'BIRTH_DATE'],
    ['110101190002290011', 'BIRTH_DATE'],
    ['110101199013071235', 'BIRTH_DATE'],
    ['110101189912310018', 'BIRTH_DATE'],
  ])('%s is refused: %s', (value, problem) => {
    expect(parseResidentId(value)).toEqual({ ok: false, problem });
    expect(isValidResidentId(value)).toBe(false);
  });

  it('refuses a birth date after today when today is given', () => {
    expect(isValidResidentId('110105209912310010')).toBe(true);
    expect(parseResidentId('110105209912310010', '2025-06-01')).toEqual({ ok: false, problem: 'BIRTH_DATE' });
    expect(isValidResidentId('110101200002290018', '2000-02-29')).toBe(true);
  });

  it('derives birth date and gender, or nothing from an invalid number', () => {
    expect(identityFromResidentId('110101200002290018')).toEqual({ birthDate: '2000-02-29', gender: 'MALE' });
    expect(identityFromResidentId('110101200002290019')).toBeNull();
  });

  it('masks all but the first 3 and last 4 characters', () => {
    expect(maskResidentId('110101199003071234')).toBe('110***********1234');
    expect(maskResidentId('11010519491231002X')).toBe('110***********002X');
    expect(maskResidentId('12345678')).toBe('123*5678');
    expect(maskResidentId('1234567')).toBe('*******');
    expect(maskResidentId('')).toBe('');
  });
});

describe('mobile numbers', () => {
  it.each(['13800138000', '19912345678', '+86 138-0013-8000', '0086 13800138000'])('%s is one', (v) => {
    expect(isMainlandMobile(v)).toBe(true);
    expect(normaliseMobile(v)).toMatch(/^1\d{10}$/);
  });

  it.each(['12800138000', '1380013800', '138001380001', '010-62345678', '+1 4155550100', '1380013800a'])(
    '%s is not',
    (v) => expect(isMainlandMobile(v)).toBe(false),
  );
});

describe('statuses and certificate kinds', () => {
  it('names every status and kind in both languages', () => {
    expect(STAFF_STATUSES).toEqual(['PROBATION', 'ACTIVE', 'LEFT']);
    expect(STAFF_STATUS_NAMES.ACTIVE.zh).toBe('在职');
    expect(STAFF_STATUS_NAMES.LEFT.zh).toBe('离职');
    expect(STAFF_STATUS_NAMES.PROBATION.zh).toBe('试用');
    for (const kind of CERTIFICATE_KINDS) {
      expect(CERTIFICATE_KIND_INFO[kind].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(CERTIFICATE_KIND_INFO[kind].en).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(CERTIFICATE_KIND_INFO.ELECTRICIAN.specialOperation).toBe(true);
  });
});

describe('certificateState', () => {
  const expiry = '2025-07-31';
  it.each([
    ['2025-06-30', 'VALID'], // 31 days left
    ['2025-07-01', 'EXPIRING'], // 30 days left: the boundary
    ['2025-07-30', 'EXPIRING'],
    ['2025-07-31', 'EXPIRING'], // the expiry day itself is still covered
    ['2025-08-01', 'EXPIRED'],
    ['2026-01-01', 'EXPIRED'],
    ['2020-01-01', 'VALID'],
  ])('on %s it is %s', (today, state) => {
    expect(certificateState(expiry, today)).toBe(state);
  });

  it('counts across a leap day and treats no expiry as valid', () => {
    expect(certificateState('2024-03-30', '2024-02-29')).toBe('EXPIRING'); // 30 days
    expect(certificateState('2024-03-31', '2024-02-29')).toBe('VALID'); // 31 days
    expect(certificateState(null, '2025-01-01')).toBe('VALID');
  });

  it('meets a requirement with one current certificate of a listed kind', () => {
    const today = '2025-07-31';
    const expired = { kind: 'ELECTRICIAN' as const, expiry: '2025-07-30' };
    const other = { kind: 'WELDING' as const, expiry: null };
    expect(meetsCertificateRequirement(['ELECTRICIAN'], [expired, other], today)).toBe(false);
    expect(meetsCertificateRequirement(['ELECTRICIAN'], [{ ...expired, expiry: today }], today)).toBe(true);
    expect(meetsCertificateRequirement(['SECURITY_GUARD', 'FIRE_FACILITY_OPERATOR'], [], today)).toBe(false);
    expect(meetsCertificateRequirement([], [], today)).toBe(true);
  });
});

describe('ageAt', () => {
  it('counts whole years, the birthday included', () => {
    expect(ageAt('1990-03-07', '2025-03-06')).toBe(34);
    expect(ageAt('1990-03-07', '2025-03-07')).toBe(35);
    expect(ageAt('1990-03-07', '1990-03-07')).toBe(0);
    expect(() => ageAt('1990-03-07', '1990-03-06')).toThrow(RangeError);
  });

  it('a 29 February birthday comes on 1 March in other years', () => {
    expect(ageAt('2000-02-29', '2018-02-28')).toBe(17);
    expect(ageAt('2000-02-29', '2018-03-01')).toBe(18);
    expect(ageAt('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('addYears falls back from 29 February to the 28th', () => {
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-06-30', -1)).toBe('2024-06-30');
  });
});

describe('turnover12Months', () => {
  const asOf = '2025-06-30';
  const stayer = (hireDate: string) => ({ hireDate, leaveDate: null });

  it('divides leavers by the average of opening and closing headcount', () => {
    const spans = [
      ...Array.from({ length: 8 }, () => stayer('2020-01-01')),
      { hireDate: '2021-05-01', leaveDate: '2024-10-15' },
      { hireDate: '2022-05-01', leaveDate: '2025-03-31' },
      stayer('2024-11-01'),
      stayer('2025-04-01'),
    ];
    const t = turnover12Months(spans, asOf);
    expect(t).toEqual({
      start: '2024-06-30',
      end: asOf,
      headcountAtStart: 10,
      headcountAtEnd: 10,
      leavers: 2,
      rate: 0.2,
    });
  });

  it('counts each departure once at the period edges, and short stays inside it', () => {
    const spans = [
      { hireDate: '2020-01-01', leaveDate: '2024-06-29' }, // left before: in no headcount
      { hireDate: '2020-01-01', leaveDate: '2024-06-30' }, // last day is the opening day: a leaver
      { hireDate: '2020-01-01', leaveDate: '2025-06-30' }, // still on the team on asOf: next period
      { hireDate: '2024-09-01', leaveDate: '2024-12-31' }, // came and went inside the period
      stayer('2025-07-01'), // hired after asOf
    ];
    const t = turnover12Months(spans, asOf);
    expect([t.headcountAtStart, t.headcountAtEnd, t.leavers]).toEqual([2, 1, 2]);
    expect(t.rate).toBeCloseTo(2 / 1.5);
    expect(employedOn(spans[2]!, asOf)).toBe(true);
    expect(employedOn(spans[4]!, asOf)).toBe(false);
  });

  it('has no rate without anybody employed, and a leap-year end goes back to 28 February', () => {
    expect(turnover12Months([], asOf).rate).toBeNull();
    expect(turnover12Months([], '2024-02-29').start).toBe('2023-02-28');
  });
});
