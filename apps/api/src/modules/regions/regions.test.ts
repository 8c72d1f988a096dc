import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';

const FIELDS = `id name code version archivedAt estateCount`;
const CREATE = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation($input: ArchiveInput!) { archiveRegion(input: $input) { ${FIELDS} } }`;
const LIST = `query($all: Boolean) { regions(includeArchived: $all) { ${FIELDS} } }`;

interface RegionOut {
  id: string;
  name: string;
  code: string;
  version: number;
  archivedAt: string | null;
  estateCount: number;
}

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
});
afterAll(() => kit.close());

const create = (input: Record<string, unknown>, token = admin.token) =>
  kit.gql<{ createRegion: RegionOut }>(token, CREATE, { input });
const update = (input: Record<string, unknown>, token = admin.token) =>
  kit.gql<{ updateRegion: RegionOut }>(token, UPDATE, { input });
const archive = (input: Record<string, unknown>, token = admin.token) =>
  kit.gql<{ archiveRegion: RegionOut }>(token, ARCHIVE, { input });
const list = async (token = admin.token, all = false) => {
  const res = await kit.gql<{ regions: RegionOut[] }>(token, LIST, { all });
  expect(codeOf(res)).toBe('OK');
  return res.data!.regions;
};

const fieldsOf = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path.join('.')}:${f.reason}`);

async function auditOf(subjectId: string) {
  return kit.database.raw<{
    action: string;
    actor_user_id: string;
    before: Partial<RegionOut> | null;
    after: Partial<RegionOut> | null;
  }>('select action, actor_user_id, before, after from change_log where subject_id = $1 order by at', [
    subjectId,
  ]);
}

async function regionCount(code?: string) {
  const rows = await kit.database.raw<{ n: number }>(
    `select count(*)::int as n from regions where company_id = $1 ${code ? 'and code = $2' : ''}`,
    code ? [co.id, code] : [co.id],
  );
  return rows[0]!.n;
}

describe('regions', () => {
  it('creates a region, lists it by code and records who did it', async () => {
    const res = await create({ name: ' 华北 ', code: 'N-01' });
    expect(codeOf(res)).toBe('OK');
    const region = res.data!.createRegion;
    expect(region).toMatchObject({
      name: '华北',
      code: 'N-01',
      version: 1,
      archivedAt: null,
      estateCount: 0,
    });
    const codes = (await list()).map((r) => r.code);
    expect(codes).toContain('N-01');
    expect(codes).toEqual([...codes].sort());
    const audit = await auditOf(region.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'region.create',
      actor_user_id: admin.id,
      before: null,
      after: { name: '华北', code: 'N-01' },
    });
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const before = await regionCount();
    const res = await create({ name: '  ', code: 'bad code!' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['name:REQUIRED', 'code:INVALID']);
    expect(fieldsOf(await create({ name: '长'.repeat(31), code: '' }))).toEqual([
      'name:TOO_LONG',
      'code:REQUIRED',
    ]);
    expect(await regionCount()).toBe(before);
  });

  it('refuses a duplicate code in the same company as CONFLICT on code, but not across companies', async () => {
    expect(codeOf(await create({ name: '重复一', code: 'DUP-R' }))).toBe('OK');
    const dup = await create({ name: '重复二', code: 'DUP-R' });
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(dup.errors![0]!.extensions!.fields![0]!.path).toEqual(['code']);
    expect(await regionCount('DUP-R')).toBe(1);
    const other = await kit.company();
    const otherAdmin = await other.user('COMPANY_ADMIN');
    expect(codeOf(await create({ name: '别家', code: 'DUP-R' }, otherAdmin.token))).toBe('OK');
    // Re-coding onto a taken code is the same conflict.
    const mine = await create({ name: '改号', code: 'RECODE-1' });
    const recode = await update({ id: mine.data!.createRegion.id, version: 1, code: 'DUP-R' });
    expect(codeOf(recode)).toBe('CONFLICT');
    expect(recode.errors![0]!.extensions!.fields![0]!.path).toEqual(['code']);
  });

  it('updates with optimistic locking: a stale version gets CONFLICT and changes nothing', async () => {
    const created = (await create({ name: '西南', code: 'SW-1' })).data!.createRegion;
    const ok = await update({ id: created.id, version: 1, name: ' 西南大区 ' });
    expect(codeOf(ok)).toBe('OK');
    expect(ok.data!.updateRegion).toMatchObject({ name: '西南大区', code: 'SW-1', version: 2 });
    const stale = await update({ id: created.id, version: 1, name: '过期' });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ reason: 'STALE_VERSION' });
    expect(fieldsOf(await update({ id: created.id, version: 2, code: 'no spaces' }))).toEqual([
      'code:INVALID',
    ]);
    const now = (await list()).find((r) => r.id === created.id);
    expect(now).toMatchObject({ name: '西南大区', version: 2 });
    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.action)).toEqual(['region.create', 'region.update']);
    expect(audit[1]).toMatchObject({
      before: { name: '西南', version: 1 },
      after: { name: '西南大区', version: 2 },
    });
  });

  it('archives: the region leaves the default list, stays with includeArchived, and a stale archive conflicts', async () => {
    const created = (await create({ name: '待撤销', code: 'ARCH-R' })).data!.createRegion;
    expect(codeOf(await archive({ id: created.id, version: 0 }))).toBe('CONFLICT');
    const res = await archive({ id: created.id, version: 1 });
    expect(codeOf(res)).toBe('OK');
    expect(res.data!.archiveRegion.archivedAt).not.toBeNull();
    expect(res.data!.archiveRegion.version).toBe(2);
    expect((await list()).map((r) => r.id)).not.toContain(created.id);
    expect((await list(admin.token, true)).map((r) => r.id)).toContain(created.id);
    expect(codeOf(await archive({ id: created.id, version: 1 }))).toBe('CONFLICT');
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['region.create', 'region.archive']);
    // An archived region cannot be given to a new user as a scope.
    const invite = await kit.gql(
      admin.token,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
      {
        input: {
          email: `arch-${Date.now()}@${co.slug}.test`,
          name: '某人',
          memberships: [{ role: 'HQ_VIEWER', regionId: created.id }],
        },
      },
    );
    expect(codeOf(invite)).toBe('BAD_USER_INPUT');
  });

  it('counts the active estates of each region', async () => {
    const c = await kit.company();
    const a = await c.user('COMPANY_ADMIN');
    const counts = async () => Object.fromEntries((await list(a.token)).map((r) => [r.id, r.estateCount]));
    expect(await counts()).toEqual({ [c.regions[0]!.id]: 2, [c.regions[1]!.id]: 1 });
    const archived = await kit.gql(
      a.token,
      `mutation($input: ArchiveInput!) { archiveEstate(input: $input) { id } }`,
      { input: { id: c.estates[0]!.id, version: 1 } },
    );
    expect(codeOf(archived)).toBe('OK');
    const moved = await kit.gql(
      a.token,
      `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id } }`,
      { input: { name: '新苑', code: 'NEW-EST', type: 'OFFICE', regionId: c.regions[1]!.id } },
    );
    expect(codeOf(moved)).toBe('OK');
    expect(await counts()).toEqual({ [c.regions[0]!.id]: 1, [c.regions[1]!.id]: 2 });
  });

  it('shows an HQ viewer of one region only that region, and lets no reader change it', async () => {
    const north = co.regions[0]!;
    const south = co.regions[1]!;
    const viewer = await co.user('HQ_VIEWER', { regionId: south.id });
    expect((await list(viewer.token, true)).map((r) => r.id)).toEqual([south.id]);
    const companyViewer = await co.user('HQ_VIEWER');
    expect((await list(companyViewer.token, true)).map((r) => r.id).sort()).toEqual(
      (await list(admin.token, true)).map((r) => r.id).sort(),
    );
    // An estate's member sees the region of that estate only.
    const committee = await co.user('COMMITTEE_MEMBER', { estateIds: [co.estates[0]!.id] });
    expect((await list(committee.token, true)).map((r) => r.id)).toEqual([co.estates[0]!.regionId]);

    expect(codeOf(await create({ name: '越权', code: 'NOPE' }, viewer.token))).toBe('FORBIDDEN');
    expect(codeOf(await update({ id: south.id, version: 1, name: '改名' }, viewer.token))).toBe('FORBIDDEN');
    // A region they cannot read is not found, never forbidden.
    expect(codeOf(await update({ id: north.id, version: 1, name: '改名' }, viewer.token))).toBe('NOT_FOUND');
    expect(codeOf(await archive({ id: north.id, version: 1 }, viewer.token))).toBe('NOT_FOUND');
    // Nor is a region of another company, for its admin.
    const other = await kit.company();
    expect(codeOf(await update({ id: other.regions[0]!.id, version: 1, name: '越界' }))).toBe('NOT_FOUND');
  });

  it('replays a retried create with the same idempotency key instead of creating twice', async () => {
    const input = { name: '幂等区', code: 'IDEM-R', idempotencyKey: 'region-retry-0001' };
    const [a, b] = await Promise.all([create(input), create(input)]);
    expect([codeOf(a), codeOf(b)]).toEqual(['OK', 'OK']);
    expect(b.data!.createRegion.id).toBe(a.data!.createRegion.id);
    // A later retry with the same key returns the first result; with another body it is refused.
    const late = await create(input);
    expect(late.data!.createRegion).toMatchObject({ id: a.data!.createRegion.id, name: '幂等区' });
    const changed = await create({ ...input, name: '改了名' });
    expect(changed.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await regionCount('IDEM-R')).toBe(1);
    expect((await auditOf(a.data!.createRegion.id)).map((r) => r.action)).toEqual(['region.create']);

    // The key belongs to the user: another admin's identical key is a new request.
    const colleague = await co.user('COMPANY_ADMIN');
    const theirs = await create({ ...input, code: 'IDEM-R2' }, colleague.token);
    expect(codeOf(theirs)).toBe('OK');
    expect(theirs.data!.createRegion.id).not.toBe(a.data!.createRegion.id);
    // A key used for another operation, or malformed, is bad input.
    const reused = await kit.gql(
      admin.token,
      `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id } }`,
      { input: { name: '复用', code: 'REUSE-E', type: 'OFFICE', idempotencyKey: input.idempotencyKey } },
    );
    expect(fieldsOf(reused)).toEqual(['idempotencyKey:REUSED']);
    expect(fieldsOf(await create({ name: '短键', code: 'SHORT-K', idempotencyKey: 'short' }))).toEqual([
      'idempotencyKey:INVALID',
    ]);
    expect(await regionCount('SHORT-K')).toBe(0);
  });
});
