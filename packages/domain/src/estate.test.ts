import { describe, expect, it } from 'vitest';
import type { FieldProblem } from './index.js';
import {
  ESTATE_CODE_PATTERN,
  ESTATE_STATUS_LABELS,
  ESTATE_STATUSES,
  ESTATE_TYPE_LABELS,
  ESTATE_TYPES,
  type EstateFields,
  validateEstateFields,
} from './index.js';

/** A problem on `field`; params (e.g. `{ max }`) are checked where the test names them. */
const problem = (field: string, reason: string, params?: FieldProblem['params']): FieldProblem =>
  expect.objectContaining({
    path: [field],
    reason,
    message: expect.stringMatching(/\S/),
    ...(params && { params }),
  }) as FieldProblem;

/** A complete, valid estate as sent to `createEstate`. */
const VALID: EstateFields = {
  name: '阳光花园',
  code: 'SZ-001',
  regionId: 'region-1',
  address: '深圳市南山区科技园路 1 号',
  type: 'RESIDENTIAL',
  grossFloorArea: 125_000.5,
  households: 1_200,
  buildings: 12,
  contractStart: '2024-01-01',
  contractEnd: '2026-12-31',
  feeRate: 2.8,
  status: 'MANAGED',
};

const onCreate = (patch: EstateFields) => validateEstateFields({ ...VALID, ...patch }, true);
const onUpdate = (patch: EstateFields) => validateEstateFields(patch, false);

describe('estate constants', () => {
  it('every type and status has labels in both languages', () => {
    for (const t of ESTATE_TYPES) expect(ESTATE_TYPE_LABELS[t].zh && ESTATE_TYPE_LABELS[t].en).toBeTruthy();
    for (const s of ESTATE_STATUSES)
      expect(ESTATE_STATUS_LABELS[s].zh && ESTATE_STATUS_LABELS[s].en).toBeTruthy();
  });
});

describe('validateEstateFields: a valid estate', () => {
  it('has no problem on create', () => {
    expect(validateEstateFields(VALID, true)).toEqual([]);
  });

  it('has no problem on update', () => {
    expect(validateEstateFields(VALID, false)).toEqual([]);
  });

  it('needs only name, code and type on create', () => {
    expect(validateEstateFields({ name: 'A', code: 'A', type: 'OFFICE' }, true)).toEqual([]);
  });

  it('accepts every type and every status', () => {
    for (const type of ESTATE_TYPES) expect(onCreate({ type })).toEqual([]);
    for (const status of ESTATE_STATUSES) expect(onCreate({ status })).toEqual([]);
  });

  it('accepts null for every optional field', () => {
    expect(
      onCreate({
        regionId: null,
        address: null,
        grossFloorArea: null,
        households: null,
        buildings: null,
        contractStart: null,
        contractEnd: null,
        feeRate: null,
        status: null,
      }),
    ).toEqual([]);
  });
});

describe('validateEstateFields: required on create', () => {
  it('an empty input misses name, code and type, in that order', () => {
    expect(validateEstateFields({}, true)).toEqual([
      problem('name', 'REQUIRED'),
      problem('code', 'REQUIRED'),
      problem('type', 'REQUIRED'),
    ]);
  });

  it.each([undefined, null, '', '   '])('name %j is REQUIRED', (name) => {
    expect(onCreate({ name })).toEqual([problem('name', 'REQUIRED')]);
  });

  it.each(['\t\n', 'probe\u0007\u202Eevil', 'a\u0000b', 'x\u2066y'])(
    'name %j is CONTROL_CHARACTERS (one-line text)',
    (name) => {
      expect(onCreate({ name })).toEqual([problem('name', 'CONTROL_CHARACTERS')]);
    },
  );

  it.each([undefined, null, '', '  '])('code %j is REQUIRED', (code) => {
    expect(onCreate({ code })).toEqual([problem('code', 'REQUIRED')]);
  });

  it.each([undefined, null])('type %j is REQUIRED', (type) => {
    expect(onCreate({ type })).toEqual([problem('type', 'REQUIRED')]);
  });
});

describe('validateEstateFields: optional on update', () => {
  it('an empty patch is fine', () => {
    expect(onUpdate({})).toEqual([]);
  });

  it.each(Object.keys(VALID) as (keyof EstateFields)[])('a patch of %s alone is fine', (field) => {
    expect(onUpdate({ [field]: VALID[field] })).toEqual([]);
  });

  it('a name or code that is sent must not be blank', () => {
    expect(onUpdate({ name: '  ' })).toEqual([problem('name', 'REQUIRED')]);
    expect(onUpdate({ name: null })).toEqual([problem('name', 'REQUIRED')]);
    expect(onUpdate({ code: '' })).toEqual([problem('code', 'REQUIRED')]);
    expect(onUpdate({ code: null })).toEqual([problem('code', 'REQUIRED')]);
  });

  // `type` is NOT NULL in the estates table (apps/api/src/modules/estates/estates.schema.ts) and is
  // required on create: an update must not be able to clear it, exactly like name and code.
  it('a type that is sent must not be cleared', () => {
    expect(onUpdate({ type: null })).toEqual([problem('type', 'REQUIRED')]);
  });

  it('an omitted type is fine on update', () => {
    expect(onUpdate({ type: undefined })).toEqual([]);
  });
});

describe('validateEstateFields: lengths', () => {
  it('name: up to 60 characters, counted after trimming', () => {
    expect(onCreate({ name: '园'.repeat(60) })).toEqual([]);
    expect(onCreate({ name: `  ${'a'.repeat(60)}  ` })).toEqual([]);
    expect(onCreate({ name: '园'.repeat(61) })).toEqual([problem('name', 'TOO_LONG')]);
    expect(onUpdate({ name: 'a'.repeat(61) })).toEqual([problem('name', 'TOO_LONG')]);
  });

  it('address: up to 200 characters', () => {
    expect(onCreate({ address: 'x'.repeat(200) })).toEqual([]);
    expect(onCreate({ address: 'x'.repeat(201) })).toEqual([problem('address', 'TOO_LONG')]);
    expect(onUpdate({ address: 'x'.repeat(201) })).toEqual([problem('address', 'TOO_LONG')]);
    expect(onUpdate({ address: '' })).toEqual([]);
  });
});

describe('validateEstateFields: code pattern', () => {
  it.each(['A', '0', 'SZ-001', 'sz_001', 'a-b_c', 'A'.repeat(32), ' SZ-001 '])('accepts %j', (code) => {
    expect(onCreate({ code })).toEqual([]);
  });

  it('a code longer than 32 is TOO_LONG with max 32; a newline is CONTROL_CHARACTERS', () => {
    expect(onCreate({ code: 'A'.repeat(33) })).toEqual([problem('code', 'TOO_LONG', { max: 32 })]);
    expect(onUpdate({ code: 'A\n1' })).toEqual([problem('code', 'CONTROL_CHARACTERS', { char: 'U+000A' })]);
  });

  it.each(['-A1', '_A1', 'SZ 001', 'SZ.001', 'SZ/001', '阳光01', 'A1!'])('refuses %j as INVALID', (code) => {
    expect(onCreate({ code })).toEqual([problem('code', 'INVALID')]);
    expect(onUpdate({ code })).toEqual([problem('code', 'INVALID')]);
  });

  it('ESTATE_CODE_PATTERN is the same rule', () => {
    expect(ESTATE_CODE_PATTERN.test('SZ-001')).toBe(true);
    expect(ESTATE_CODE_PATTERN.test('-SZ')).toBe(false);
  });
});

describe('validateEstateFields: decimal amounts', () => {
  it.each([
    ['grossFloorArea', 50_000_000],
    ['feeRate', 1_000],
  ] as const)('%s: 0 to %d inclusive, decimals allowed', (field, max) => {
    for (const v of [0, 0.5, 2.75, max]) expect(onUpdate({ [field]: v }), String(v)).toEqual([]);
  });

  it.each([
    ['grossFloorArea', -1],
    ['grossFloorArea', -0.01],
    ['grossFloorArea', Number.MIN_SAFE_INTEGER],
    ['feeRate', -0.1],
    ['feeRate', -1_000],
  ] as const)('%s %d is NEGATIVE', (field, v) => {
    expect(onUpdate({ [field]: v })).toEqual([problem(field, 'NEGATIVE')]);
    expect(onCreate({ [field]: v })).toEqual([problem(field, 'NEGATIVE')]);
  });

  it.each([
    ['grossFloorArea', 50_000_000.01],
    ['grossFloorArea', 1e12],
    ['feeRate', 1_000.01],
    ['feeRate', 1e6],
  ] as const)('%s %d is TOO_LARGE', (field, v) => {
    expect(onUpdate({ [field]: v })).toEqual([problem(field, 'TOO_LARGE')]);
  });

  // NaN and ±Infinity are not negative numbers: the form parses "abc" as NaN and would tell the user
  // "建筑面积不能为负数". Counts already report these as INVALID; amounts should do the same.
  it.each([
    ['grossFloorArea', Number.NaN],
    ['grossFloorArea', Number.POSITIVE_INFINITY],
    ['feeRate', Number.NaN],
    ['feeRate', Number.POSITIVE_INFINITY],
  ] as const)('%s %d is INVALID', (field, v) => {
    expect(onUpdate({ [field]: v })).toEqual([problem(field, 'INVALID')]);
  });

  it.each([
    ['grossFloorArea', Number.NaN],
    ['grossFloorArea', Number.POSITIVE_INFINITY],
    ['grossFloorArea', Number.NEGATIVE_INFINITY],
    ['feeRate', Number.NaN],
    ['feeRate', Number.NEGATIVE_INFINITY],
  ] as const)('%s %d is refused with the exact path', (field, v) => {
    const problems = onUpdate({ [field]: v });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toEqual([field]);
  });
});

describe('validateEstateFields: counts', () => {
  it.each([
    ['households', 1_000_000],
    ['buildings', 10_000],
  ] as const)('%s: integers 0 to %d inclusive', (field, max) => {
    for (const v of [0, 1, 250, max]) expect(onUpdate({ [field]: v }), String(v)).toEqual([]);
  });

  it.each([
    ['households', 1.5, 'NOT_INTEGER'],
    ['households', 0.1, 'NOT_INTEGER'],
    ['households', -1, 'NEGATIVE'],
    ['households', Number.NaN, 'INVALID'],
    ['households', Number.POSITIVE_INFINITY, 'INVALID'],
    ['buildings', 2.5, 'NOT_INTEGER'],
    ['buildings', -3, 'NEGATIVE'],
    ['buildings', -0.5, 'NEGATIVE'],
    ['buildings', Number.NaN, 'INVALID'],
    ['buildings', Number.NEGATIVE_INFINITY, 'INVALID'],
  ] as const)('%s %d is %s (never rounded or clamped)', (field, v, reason) => {
    expect(onUpdate({ [field]: v })).toEqual([problem(field, reason)]);
    expect(onCreate({ [field]: v })).toEqual([problem(field, reason)]);
  });

  it.each([
    ['households', 1_000_001],
    ['buildings', 10_001],
  ] as const)('%s %d is TOO_LARGE', (field, v) => {
    expect(onUpdate({ [field]: v })).toEqual([problem(field, 'TOO_LARGE', { max: v - 1 })]);
  });
});

describe('validateEstateFields: contract dates', () => {
  it.each(['2024-01-01', '2024-02-29', '1999-12-31', '2100-06-30'])('accepts %s', (d) => {
    expect(onUpdate({ contractStart: d })).toEqual([]);
    expect(onUpdate({ contractEnd: d })).toEqual([]);
  });

  it.each([
    '2024-1-1',
    '2024/01/01',
    '01-01-2024',
    '20240101',
    '2024-01-01T00:00:00Z',
    ' 2024-01-01',
    '2024-13-01',
    '2024-00-10',
    '2024-01-32',
    'yesterday',
    '',
  ])('refuses %j as INVALID', (d) => {
    expect(onUpdate({ contractStart: d })).toEqual([problem('contractStart', 'INVALID')]);
    expect(onUpdate({ contractEnd: d })).toEqual([problem('contractEnd', 'INVALID')]);
  });

  // `Date.parse` rolls impossible days over (2024-02-30 → 2024-03-01) instead of returning NaN, so
  // these pass validation today and then fail in PostgreSQL's `date` column as a server error.
  it.each(['2024-02-30', '2023-02-29', '2024-04-31', '2024-06-31'])('refuses the impossible date %s', (d) => {
    expect(onUpdate({ contractStart: d })).toEqual([problem('contractStart', 'INVALID')]);
    expect(onUpdate({ contractEnd: d })).toEqual([problem('contractEnd', 'INVALID')]);
  });

  it('contractEnd before contractStart is BEFORE_START, on contractEnd', () => {
    expect(onCreate({ contractStart: '2024-06-01', contractEnd: '2024-05-31' })).toEqual([
      problem('contractEnd', 'BEFORE_START'),
    ]);
    expect(onUpdate({ contractStart: '2025-01-01', contractEnd: '2024-12-31' })).toEqual([
      problem('contractEnd', 'BEFORE_START'),
    ]);
  });

  it('a contract may start and end on the same day', () => {
    expect(onUpdate({ contractStart: '2024-06-01', contractEnd: '2024-06-01' })).toEqual([]);
  });

  it('either end may be open', () => {
    expect(onUpdate({ contractStart: '2024-06-01', contractEnd: null })).toEqual([]);
    expect(onUpdate({ contractStart: null, contractEnd: '2024-06-01' })).toEqual([]);
  });
});

describe('validateEstateFields: several problems at once', () => {
  it('reports each field once, with its own path, in field order', () => {
    const problems = validateEstateFields(
      {
        name: '',
        code: 'bad code',
        type: null,
        address: 'x'.repeat(201),
        grossFloorArea: -1,
        feeRate: 5_000,
        households: 1.5,
        buildings: 20_000,
        contractStart: '2024-06-01',
        contractEnd: '2024-01-01',
      },
      true,
    );
    expect(problems).toEqual([
      problem('name', 'REQUIRED'),
      problem('code', 'INVALID'),
      problem('type', 'REQUIRED'),
      problem('address', 'TOO_LONG'),
      problem('grossFloorArea', 'NEGATIVE'),
      problem('feeRate', 'TOO_LARGE'),
      problem('households', 'NOT_INTEGER'),
      problem('buildings', 'TOO_LARGE', { max: 10_000 }),
      problem('contractEnd', 'BEFORE_START'),
    ]);
  });

  it('every message is non-empty Chinese text', () => {
    const problems = validateEstateFields(
      { name: '', code: '-', address: 'x'.repeat(201), households: -1 },
      true,
    );
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
