import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  collect,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';

const CREATE = `mutation($input: CreateEstateInput!) { createEstate(input: $input) { id name code version households regionId region { id } status } }`;
const UPDATE = `mutation($input: UpdateEstateInput!) { updateEstate(input: $input) { id name version households contractStart contractEnd } }`;
const LIST = `query($first: Int, $after: String, $filter: EstateFilter) {
  estates(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name regionId } } } }`;

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
});
afterAll(() => kit.close());

async function auditRows(subjectId: string) {
  return kit.database.raw<{
    action: string;
    actor_user_id: string;
    before: unknown;
    after: { name?: string };
  }>('select action, actor_user_id, before, after from change_log where subject_id = $1 order by at', [
    subjectId,
  ]);
}

describe('estates', () => {
  it('creates an estate, lists it, and records who did it', async () => {
    const res = await kit.gql<{ createEstate: { id: string; version: number; region: { id: string } } }>(
      admin.token,
      CREATE,
      {
        input: {
          name: ' 新城花园 ',
          code: 'XC-01',
          type: 'RESIDENTIAL',
          households: 640,
          regionId: co.regions[0]!.id,
          grossFloorArea: 72000.5,
        },
      },
    );
    expect(codeOf(res)).toBe('OK');
    const estate = res.data!.createEstate;
    expect(estate).toMatchObject({
      name: '新城花园',
      version: 1,
      households: 640,
      status: 'MANAGED',
      region: { id: co.regions[0]!.id },
    });
    const list = await kit.gql<{ estates: { edges: { node: { id: string } }[] } }>(admin.token, LIST, {
      filter: { search: '新城' },
    });
    expect(list.data!.estates.edges.map((e) => e.node.id)).toEqual([estate.id]);
    const audit = await auditRows(estate.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'estate.create',
      actor_user_id: admin.id,
      before: null,
      after: { name: '新城花园' },
    });
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const before = await kit.database.raw<{ n: number }>('select count(*)::int as n from estates');
    const res = await kit.gql(admin.token, CREATE, {
      input: {
        name: '',
        code: 'bad code!',
        type: 'RESIDENTIAL',
        households: -3,
        contractStart: '2024-05-01',
        contractEnd: '2024-01-01',
      },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors![0]!.extensions!.fields!.map((f) => `${f.path.join('.')}:${f.reason}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'name:REQUIRED',
        'code:INVALID',
        'households:NEGATIVE',
        'contractEnd:BEFORE_START',
      ]),
    );
    const after = await kit.database.raw<{ n: number }>('select count(*)::int as n from estates');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('refuses decimal and negative counts on their fields instead of coercing them', async () => {
    const res = await kit.gql(admin.token, CREATE, {
      input: { name: '小数', code: 'DEC-1', type: 'RESIDENTIAL', households: -50, buildings: 3.5 },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors![0]!.extensions!.fields!.map((f) => `${f.path.join('.')}:${f.reason}`);
    expect(fields).toEqual(expect.arrayContaining(['households:NEGATIVE', 'buildings:NOT_INTEGER']));
    const created = await kit.gql<{ createEstate: { id: string } }>(admin.token, CREATE, {
      input: { name: '整数', code: 'DEC-2', type: 'RESIDENTIAL', households: 10 },
    });
    const { id } = created.data!.createEstate;
    const update = await kit.gql(admin.token, UPDATE, { input: { id, version: 1, buildings: 2.5 } });
    expect(codeOf(update)).toBe('BAD_USER_INPUT');
    expect(update.errors![0]!.extensions!.fields!.map((f) => f.path.join('.'))).toEqual(['buildings']);
  });

  it('shows estate members the region of their estate, and no other region', async () => {
    const home = co.estates[0]!;
    const ESTATE_REGION = `query($id: ID!) { estate(id: $id) { id region { id name } } }`;
    for (const role of ['ESTATE_MANAGER', 'ESTATE_STAFF', 'COMMITTEE_MEMBER'] as const) {
      const member = await co.user(role, { estateIds: [home.id] });
      const res = await kit.gql<{ estate: { region: { id: string; name: string } | null } }>(
        member.token,
        ESTATE_REGION,
        { id: home.id },
      );
      expect(codeOf(res), role).toBe('OK');
      expect(res.data!.estate.region, role).toEqual({
        id: home.regionId,
        name: co.regions.find((r) => r.id === home.regionId)!.name,
      });
      // The company's other regions (and their estate counts) stay out of sight.
      const regions = await kit.gql<{ regions: { id: string }[] }>(member.token, `{ regions { id } }`);
      if (codeOf(regions) === 'OK')
        expect(
          regions.data!.regions.map((r) => r.id),
          role,
        ).toEqual([home.regionId]);
      else expect(codeOf(regions), role).toBe('FORBIDDEN');
    }
  });

  it('refuses a duplicate code as CONFLICT on the code field', async () => {
    await kit.gql(admin.token, CREATE, { input: { name: '重复一', code: 'DUP-1', type: 'OFFICE' } });
    const res = await kit.gql(admin.token, CREATE, {
      input: { name: '重复二', code: 'DUP-1', type: 'OFFICE' },
    });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions!.fields![0]!.path).toEqual(['code']);
  });

  it('refuses a region of another company as bad input', async () => {
    const other = await kit.company();
    const res = await kit.gql(admin.token, CREATE, {
      input: { name: '越界', code: 'X-REG', type: 'OFFICE', regionId: other.regions[0]!.id },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.fields![0]!.path).toEqual(['regionId']);
  });

  it('updates with optimistic locking: a stale version gets CONFLICT and changes nothing', async () => {
    const id = co.estates[1]!.id;
    const ok = await kit.gql<{ updateEstate: { version: number; households: number } }>(admin.token, UPDATE, {
      input: { id, version: 1, households: 520, contractStart: '2024-01-01' },
    });
    expect(codeOf(ok)).toBe('OK');
    expect(ok.data!.updateEstate).toMatchObject({ version: 2, households: 520 });
    const stale = await kit.gql(admin.token, UPDATE, { input: { id, version: 1, households: 999 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    // The end date is checked against the stored start date.
    const crossField = await kit.gql(admin.token, UPDATE, {
      input: { id, version: 2, contractEnd: '2023-01-01' },
    });
    expect(codeOf(crossField)).toBe('BAD_USER_INPUT');
    const now = await kit.gql<{ estate: { households: number; version: number } }>(
      admin.token,
      `query($id: ID!) { estate(id: $id) { households version } }`,
      { id },
    );
    expect(now.data!.estate).toEqual({ households: 520, version: 2 });
  });

  it('replays a retried create with the same idempotency key instead of creating twice', async () => {
    const input = { name: '幂等苑', code: 'IDEM-1', type: 'RESIDENTIAL', idempotencyKey: 'retry-key-0001' };
    const [a, b] = await Promise.all([
      kit.gql<{ createEstate: { id: string } }>(admin.token, CREATE, { input }),
      kit.gql<{ createEstate: { id: string } }>(admin.token, CREATE, { input }),
    ]);
    expect(codeOf(a)).toBe('OK');
    expect(codeOf(b)).toBe('OK');
    expect(a.data!.createEstate.id).toBe(b.data!.createEstate.id);
    const rows = await kit.database.raw<{ n: number }>(
      "select count(*)::int as n from estates where code = 'IDEM-1'",
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('pages with keyset cursors, caps the page size and rejects a forged cursor', async () => {
    const first = await kit.gql<{
      estates: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    }>(admin.token, LIST, { first: 2 });
    const total = first.data!.estates.totalCount;
    expect(total).toBeGreaterThan(2);
    const seen = first.data!.estates.edges.map((e) => e.node.id);
    let cursor = first.data!.estates.pageInfo.endCursor;
    while (cursor) {
      const next = await kit.gql<typeof first.data>(admin.token, LIST, { first: 2, after: cursor });
      seen.push(...next.data!.estates.edges.map((e) => e.node.id));
      cursor = next.data!.estates.pageInfo.hasNextPage ? next.data!.estates.pageInfo.endCursor : '';
    }
    expect(new Set(seen).size).toBe(total);
    expect(codeOf(await kit.gql(admin.token, LIST, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await kit.gql(admin.token, LIST, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('filters by region for an HQ viewer of that region only', async () => {
    const viewer = await co.user('HQ_VIEWER', { regionId: co.regions[1]!.id });
    const res = await kit.gql<{ estates: { edges: { node: { id: string; regionId: string } }[] } }>(
      viewer.token,
      LIST,
      {},
    );
    const ids = res.data!.estates.edges.map((e) => e.node.id);
    expect(ids).toEqual([co.estates[2]!.id]);
    const hidden = await kit.gql(viewer.token, `query($id: ID!) { estate(id: $id) { id } }`, {
      id: co.estates[0]!.id,
    });
    expect(codeOf(hidden)).toBe('NOT_FOUND');
  });

  it('archives: the estate leaves the default list but stays readable with includeArchived', async () => {
    const created = await kit.gql<{ createEstate: { id: string } }>(admin.token, CREATE, {
      input: { name: '归档苑', code: 'ARCH-1', type: 'PUBLIC' },
    });
    const id = created.data!.createEstate.id;
    const archived = await kit.gql(
      admin.token,
      `mutation($input: ArchiveInput!) { archiveEstate(input: $input) { id archivedAt } }`,
      {
        input: { id, version: 1 },
      },
    );
    expect(codeOf(archived)).toBe('OK');
    const active = await kit.gql<{ estates: { edges: { node: { id: string } }[] } }>(admin.token, LIST, {
      filter: { search: '归档' },
    });
    expect(active.data!.estates.edges).toHaveLength(0);
    const all = await kit.gql<{ estates: { edges: { node: { id: string } }[] } }>(admin.token, LIST, {
      filter: { search: '归档', includeArchived: true },
    });
    expect(all.data!.estates.edges.map((e) => e.node.id)).toEqual([id]);
  });

  it('pushes estateChanged to subscribers of the same company only, checked per event', async () => {
    const other = await kit.company();
    const otherAdmin = await other.user('COMPANY_ADMIN');
    const committee = await co.user('COMMITTEE_MEMBER', { estateIds: [co.estates[0]!.id] });
    const SUB = `subscription { estateChanged { kind estate { id name } } }`;
    type Event = { estateChanged: { kind: string; estate: { id: string; name: string } } };
    const mine = await kit.subscribe<Event>(kit.ws(admin.token), co.id, SUB);
    // Each silent subscriber shares its socket with a subscription that hears a sentinel.
    const theirClient = kit.ws(otherAdmin.token);
    const theirs = await kit.subscribe<Event>(theirClient, other.id, SUB);
    const narrowClient = kit.ws(committee.token);
    const narrow = await kit.subscribe<Event>(narrowClient, co.id, SUB);
    await kit.gql(admin.token, CREATE, { input: { name: '实时苑', code: 'LIVE-1', type: 'RESIDENTIAL' } });
    const events = await mine.waitFor(1);
    expect(events[0]!.estateChanged).toMatchObject({ kind: 'CREATED', estate: { name: '实时苑' } });

    // Sentinels, published after the new estate: the other company's own change reaches its
    // admin, and a change of the committee member's own estate reaches them.
    const theirEstate = other.estates[0]!.id;
    const theirChange = await kit.gql(otherAdmin.token, UPDATE, {
      input: { id: theirEstate, version: 1, address: '他方路 1 号' },
    });
    expect(codeOf(theirChange)).toBe('OK');
    const ownEstate = co.estates[0]!.id;
    const [row] = await kit.database.raw<{ version: number }>('select version from estates where id = $1', [
      ownEstate,
    ]);
    expect(
      codeOf(
        await kit.gql(admin.token, UPDATE, {
          input: { id: ownEstate, version: row!.version, address: '本方路 1 号' },
        }),
      ),
    ).toBe('OK');
    await theirs.until((e) => e.estateChanged.estate.id === theirEstate);
    await narrow.until((e) => e.estateChanged.estate.id === ownEstate);
    expect(theirs.events.map((e) => e.estateChanged.estate.id)).toEqual([theirEstate]);
    // The committee member may read only their own estate: the new one is not theirs.
    expect(narrow.events.map((e) => e.estateChanged.estate.id)).toEqual([ownEstate]);
  });

  it('refuses a WebSocket without a valid token', async () => {
    const sub = collect(kit.ws('x'.repeat(43)), `subscription { estateChanged { kind } }`);
    await sub.waitFor(1, 2000);
    expect(sub.errors.length).toBeGreaterThan(0);
  });
});
