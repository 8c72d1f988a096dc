import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { check, problemsOf } from '../adapter.js';
import { type FieldProblem, REASON_CODES } from '../problems.js';
import {
  certificateInput,
  createStaffInput,
  mobileNumber,
  residentIdNumber,
  updateStaffInput,
} from './staffing.js';

const brief = (problems: FieldProblem[]) =>
  problems.map((p) => `${p.path.join('.')}:${p.reason}${p.params ? JSON.stringify(p.params) : ''}`);
const one = (schema: z.ZodType, value: unknown) => brief(problemsOf(schema, value));

const base = { name: '张伟', positionId: 'p-1', hireDate: '2024-03-01' };

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
    expect(one(createStaffInput, {})).toEqual(['name:REQUIRED', 'positionId:REQUIRED', 'hireDate:REQUIRED']);
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
    expect(one(updateStaffInput, { id: 's-1', phone: '13800138000' })).toEqual([]);
    expect(one(updateStaffInput, { id: 's-1', phone: null, idNumber: null })).toEqual([]);
    expect(one(updateStaffInput, { id: 's-1', name: null, hireDate: null })).toEqual([
      'name:REQUIRED',
      'hireDate:REQUIRED',
    ]);
    expect(one(updateStaffInput, { phone: '13800138000' })).toEqual(['id:REQUIRED']);
  });

  it('asks for a leave date only when it is cleared for a leaver', () => {
    expect(one(updateStaffInput, { id: 's-1', status: 'LEFT' })).toEqual([]);
    expect(one(updateStaffInput, { id: 's-1', status: 'LEFT', leaveDate: null })).toEqual([
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
  });
});

it('every reason these schemas produce is in REASON_CODES', () => {
  for (const r of ['ID_NUMBER_FORMAT', 'ID_NUMBER_BIRTH_DATE', 'ID_NUMBER_CHECKSUM', 'ID_NUMBER_MISMATCH']) {
    expect(REASON_CODES as readonly string[]).toContain(r);
  }
  expect(REASON_CODES as readonly string[]).toContain('NOT_MOBILE');
  expect(REASON_CODES as readonly string[]).toContain('UNDER_AGE');
});
