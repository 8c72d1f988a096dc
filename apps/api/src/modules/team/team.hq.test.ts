import 'reflect-metadata';
/**
 * Headquarters departments (issue 10, item 1): the company admin adds the standard ones (财务部,
 * 品质部, 技术部) once, a second call adds nothing; whoever sees the whole company reads them;
 * estate roles and other companies do not.
 */
import { HQ_DEPARTMENTS } from '@anju/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestKit, type TestCompany, type TestKit, type TestUser } from '../../../test/kit.js';

let kit: TestKit;
let A: TestCompany;
let B: TestCompany;
let admin: TestUser;
let auditor: TestUser;
let manager: TestUser;
let staff: TestUser;
let committee: TestUser;
let bAdmin: TestUser;

const READ = `query { hqDepartments { id estateId code name nameEn } }`;
const APPLY = `mutation { applyHqDepartments { id estateId code name } }`;
type Dept = { id: string; estateId: string | null; code: string; name: string };

beforeAll(async () => {
  kit = await startTestKit();
  [A, B] = await Promise.all([kit.company(), kit.company()]);
  [admin, auditor, manager, staff, committee, bAdmin] = await Promise.all([
    A.user('COMPANY_ADMIN'),
    A.user('QUALITY_AUDITOR'),
    A.user('ESTATE_MANAGER', { estateIds: [A.estates[0]!.id] }),
    A.user('ESTATE_STAFF', { estateIds: [A.estates[0]!.id] }),
    A.user('COMMITTEE_MEMBER', { estateIds: [A.estates[0]!.id] }),
    B.user('COMPANY_ADMIN'),
  ]);
});
afterAll(() => kit?.close());

describe('headquarters departments', () => {
  it('the admin adds the standard ones once; a second call adds nothing', async () => {
    const first = await kit.gql<{ applyHqDepartments: Dept[] }>(admin.token, APPLY);
    expect(codeOf(first), JSON.stringify(first.errors)).toBe('OK');
    const depts = first.data!.applyHqDepartments;
    expect(depts.map((d) => d.code).sort()).toEqual([...HQ_DEPARTMENTS].sort());
    expect(depts.every((d) => d.estateId === null)).toBe(true);
    expect(depts.find((d) => d.code === 'FINANCE')?.name).toBe('财务部');
    const again = await kit.gql<{ applyHqDepartments: Dept[] }>(admin.token, APPLY);
    expect(again.data!.applyHqDepartments.map((d) => d.id).sort()).toEqual(depts.map((d) => d.id).sort());
    const log = await kit.database.raw<{ n: number }>(
      `select count(*)::int as n from change_log where company_id = $1 and action = 'team.applyHqDepartments'`,
      [A.id],
    );
    expect(log[0]!.n).toBe(1);
  });

  it('whoever sees the whole company reads them; estate roles are refused', async () => {
    const read = await kit.gql<{ hqDepartments: Dept[] }>(auditor.token, READ);
    expect(codeOf(read)).toBe('OK');
    expect(read.data!.hqDepartments).toHaveLength(HQ_DEPARTMENTS.length);
    // Estate roles are refused (FORBIDDEN, or NOT_FOUND where they read some departments but not the
    // company's own); never an answer.
    for (const u of [manager, staff, committee])
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(await kit.gql(u.token, READ)));
    for (const u of [auditor, manager, staff, committee])
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(await kit.gql(u.token, APPLY)));
  });

  it('another company sees only its own (none until its admin adds them)', async () => {
    const read = await kit.gql<{ hqDepartments: Dept[] }>(bAdmin.token, READ);
    expect(codeOf(read)).toBe('OK');
    expect(read.data!.hqDepartments).toEqual([]);
  });
});
