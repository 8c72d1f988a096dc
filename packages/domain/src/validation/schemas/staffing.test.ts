import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { check, problemsOf } from '../adapter.js';
import { type FieldProblem, REASON_CODES } from '../problems.js';
import {
  certificateInput,
  createStaffInput,
  mobileNumber,
  residentIdNumber,
  staffFilter,
  staffRecordRules,
  trainingInput,
  updateCertificateInput,
  updateStaffInput,
} from './staffing.js';

const brief = (problems: FieldProblem[]) =>
  problems.map((p) => `${p.path.join('.')}:${p.reason}${p.params ? JSON.stringify(p.params) : ''}`);
const one = (schema: z.ZodType, value: unknown) => brief(problemsOf(schema, value));

const base = { estateId: 'e-1', name: '张伟', positionId: 'p-1', hireDate: '2024-03-01' };

describe('residentIdNumber', () => {
  it('passes a valid number through, upper-cased and trimmed', () => {
    expect(check(residentIdNumber(), ' 11010519491231002x ')).toEqual({
      ok: true,
      data: '11010519491231002X',
    });
  });

  it.each([
    ['1101051949123100', 'ID_NUMBER_FORMAT'],
    ['110105194912310021', 'ID_NUMBER_CHECKSUM'],
    ['110101202302290019', 'ID_NUMBER_BIRTH_DATE'],
    ['', 'REQUIRED'],
    ['1'.repeat(41), 'TOO_LONG{"max":40}'],
    ['110105\u202E19491231002X', 'CONTROL_CHARACTERS{"char":"U+202E"}'],
    [42, 'INVALID'],
  ])('%s is one problem: %s', (value, expected) => {
    expect(one(residentIdNumber(), value)).toEqual([`:${expected}`]);
  });
});

describe('mobileNumber', () => {
  it('comes out as 11 digits', () => {
    expect(check(mobileNumber(), '+86 138-0013-8000')).toEqual({ ok: true, data: '13800138000' });
  });

  it.each(['12800138000', '010-62345678', '1380013800'])('%s is NOT_MOBILE', (v) => {
    expect(one(mobileNumber(), v)).toEqual([':NOT_MOBILE']);
  });
});

describe('createStaffInput', () => {
  it('accepts a full record and a minimal one', () => {
    const full = check(createStaffInput, {
      ...base,
      phone: '13800138000',
      idNumber: '110101199003071233',
      gender: 'MALE',
      birthDate: '1990-03-07',
      status: 'PROBATION',
      note: '第一行\n第二行',
      idempotencyKey: 'k-1',
    });
    expect(full.ok).toBe(true);
    expect(check(createStaffInput, base).ok).toBe(true);
  });

  it('requires name, position and hire date, and bounds the name', () => {
    expect(one(createStaffInput, {})).toEqual([
      'estateId:REQUIRED',
      'name:REQUIRED',
      'positionId:REQUIRED',
      'hireDate:REQUIRED',
    ]);
    expect(one(createStaffInput, { ...base, name: '张'.repeat(41) })).toEqual(['name:TOO_LONG{"max":40}']);
    expect(one(createStaffInput, { ...base, name: 'a\u0007b' })).toEqual([
      'name:CONTROL_CHARACTERS{"char":"U+0007"}',
    ]);
  });

  it('names the ID and phone problems by field', () => {
    expect(one(createStaffInput, { ...base, idNumber: '110105194912310021', phone: '123' })).toEqual([
      'phone:NOT_MOBILE',
      'idNumber:ID_NUMBER_CHECKSUM',
    ]);
  });

  it('refuses a birth date or gender the ID number contradicts', () => {
    const input = { ...base, idNumber: '110101199003071233', birthDate: '1990-03-08', gender: 'FEMALE' };
    expect(one(createStaffInput, input)).toEqual([
      'birthDate:ID_NUMBER_MISMATCH',
      'gender:ID_NUMBER_MISMATCH',
    ]);
  });

  it('refuses a hire before 16, from the birth date or else the ID number', () => {
    const young = { ...base, hireDate: '2016-02-28', idNumber: '110101200002290018' };
    expect(one(createStaffInput, young)).toEqual(['idNumber:UNDER_AGE{"min":16}']);
    expect(one(createStaffInput, { ...young, hireDate: '2016-03-01' })).toEqual([]);
    expect(one(createStaffInput, { ...base, birthDate: '2010-01-01' })).toEqual([
      'birthDate:UNDER_AGE{"min":16}',
    ]);
  });

  it('orders the dates and asks a leaver for a leave date', () => {
    expect(one(createStaffInput, { ...base, leaveDate: '2024-02-29' })).toEqual(['leaveDate:BEFORE_START']);
    expect(one(createStaffInput, { ...base, leaveDate: '2024-03-01', status: 'LEFT' })).toEqual([]);
    expect(one(createStaffInput, { ...base, status: 'LEFT' })).toEqual(['leaveDate:REQUIRED']);
    expect(one(createStaffInput, { ...base, status: 'RETIRED' })).toEqual(['status:INVALID']);
  });
});

describe('updateStaffInput', () => {
  it('changes only what is sent; null clears optional fields but not required ones', () => {
    expect(one(updateStaffInput, { id: 's-1', version: 1, phone: '13800138000' })).toEqual([]);
    expect(one(updateStaffInput, { id: 's-1', version: 1, phone: null, idNumber: null })).toEqual([]);
    expect(one(updateStaffInput, { id: 's-1', version: 1, name: null, hireDate: null })).toEqual([
      'name:REQUIRED',
      'hireDate:REQUIRED',
    ]);
    expect(one(updateStaffInput, { phone: '13800138000' })).toEqual(['id:REQUIRED', 'version:REQUIRED']);
  });

  it('asks for a leave date only when it is cleared for a leaver', () => {
    expect(one(updateStaffInput, { id: 's-1', version: 1, status: 'LEFT' })).toEqual([]);
    expect(one(updateStaffInput, { id: 's-1', version: 1, status: 'LEFT', leaveDate: null })).toEqual([
      'leaveDate:REQUIRED',
    ]);
  });
});

describe('shift crews and accounts', () => {
  it('takes one capital letter for a crew, and an account id', () => {
    expect(one(createStaffInput, { ...base, shiftCrew: 'B', userId: 'u-1' })).toEqual([]);
    expect(one(createStaffInput, { ...base, shiftCrew: 'b' })).toEqual(['shiftCrew:INVALID']);
    expect(one(createStaffInput, { ...base, shiftCrew: 'AB' })).toEqual(['shiftCrew:TOO_LONG{"max":1}']);
    expect(one(updateStaffInput, { id: 's-1', version: 2, shiftCrew: null, userId: null })).toEqual([]);
  });

  it('judges a whole record with staffRecordRules', () => {
    const record = { idNumber: '110101199003071233', birthDate: '1990-03-08', hireDate: '2024-01-01' };
    expect(one(staffRecordRules, record)).toEqual(['birthDate:ID_NUMBER_MISMATCH']);
    expect(one(staffRecordRules, { hireDate: '2024-01-01', status: 'LEFT', leaveDate: null })).toEqual([
      'leaveDate:REQUIRED',
    ]);
  });
});

describe('certificateInput', () => {
  const cert = { staffId: 's-1', kind: 'ELECTRICIAN', number: 'T110101199003071233' };
  it('accepts a certificate without expiry and orders its dates', () => {
    expect(one(certificateInput, cert)).toEqual([]);
    expect(one(certificateInput, { ...cert, issuedOn: '2024-01-01', expiresOn: '2023-12-31' })).toEqual([
      'expiresOn:BEFORE_START',
    ]);
    expect(one(certificateInput, { ...cert, kind: 'PILOT' })).toEqual(['kind:INVALID']);
    expect(one(certificateInput, { ...cert, scanFileId: 'f-1' })).toEqual([]);
  });

  it('updates only what is sent, with the version read', () => {
    expect(one(updateCertificateInput, { id: 'c-1', version: 1, expiresOn: null })).toEqual([]);
    expect(one(updateCertificateInput, { id: 'c-1', version: 1, number: '' })).toEqual(['number:REQUIRED']);
    expect(
      one(updateCertificateInput, { id: 'c-1', version: 1, issuedOn: '2024-01-02', expiresOn: '2024-01-01' }),
    ).toEqual(['expiresOn:BEFORE_START']);
  });
});

describe('trainingInput', () => {
  const training = {
    staffId: 's-1',
    course: '消防安全培训',
    trainedOn: '2024-05-01',
    hours: 4,
    passed: true,
  };
  it('takes hours in steps of half an hour, up to a bound', () => {
    expect(one(trainingInput, training)).toEqual([]);
    expect(one(trainingInput, { ...training, hours: 1.5 })).toEqual([]);
    expect(one(trainingInput, { ...training, hours: 1.2 })).toEqual(['hours:INVALID']);
    expect(one(trainingInput, { ...training, hours: 0 })).toEqual(['hours:TOO_SMALL{"min":0.5}']);
    expect(one(trainingInput, { ...training, hours: 501 })).toEqual(['hours:TOO_LARGE{"max":500}']);
    expect(one(trainingInput, { ...training, passed: 'yes' })).toEqual(['passed:INVALID']);
    expect(one(trainingInput, { ...training, course: '' })).toEqual(['course:REQUIRED']);
  });
});

describe('staffFilter', () => {
  it('needs the estate, bounds the search', () => {
    expect(one(staffFilter, { estateId: 'e-1', status: 'ACTIVE', certificateWarning: true })).toEqual([]);
    expect(one(staffFilter, {})).toEqual(['estateId:REQUIRED']);
    expect(one(staffFilter, { estateId: 'e-1', search: 'x'.repeat(41) })).toEqual([
      'search:TOO_LONG{"max":40}',
    ]);
  });
});

it('every reason these schemas produce is in REASON_CODES', () => {
  for (const r of ['ID_NUMBER_FORMAT', 'ID_NUMBER_BIRTH_DATE', 'ID_NUMBER_CHECKSUM', 'ID_NUMBER_MISMATCH']) {
    expect(REASON_CODES as readonly string[]).toContain(r);
  }
  expect(REASON_CODES as readonly string[]).toContain('NOT_MOBILE');
  expect(REASON_CODES as readonly string[]).toContain('UNDER_AGE');
});
