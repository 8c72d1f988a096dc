import 'reflect-metadata';
/**
 * Audit templates: drafts edited with optimistic locking, published as immutable versions (a new
 * version never changes an older one), imported from and exported to .xlsx all or nothing with
 * errors by cell, archived; grade bands of the company; another company's ids are NOT_FOUND.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_AUDIT_TEMPLATES, DEFAULT_GRADE_BANDS, defaultTemplateContent } from '@anju/domain';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloaded, downloadFile, uploaded } from '../../../test/files.js';
import {
  codeOf,
  type GqlResult,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';
import { withTenant } from '../../db/tenant.js';
import {
  gradeBandsOf,
  latestPublishedVersion,
  loadTemplateVersion,
  QUARTERLY_TEMPLATE_NAME,
  seedDefaultTemplates,
} from './index.js';

let kit: TestKit;
let A: TestCompany;
let B: TestCompany;
let admin: TestUser;
let auditor: TestUser;
let manager: TestUser;
let staff: TestUser;
let bAdmin: TestUser;

const CONTENT = `draft { sections { key department title titleEn items { key title standard titleEn standardEn maxScore critical } } }`;
const FIELDS = `id name description publishedVersion archived version ${CONTENT} versions { id number name itemCount publishedAt } latestVersion { id number }`;
const CREATE = `mutation($input: CreateAuditTemplateInput!) { createAuditTemplate(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateAuditTemplateInput!) { updateAuditTemplate(input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($input: PublishAuditTemplateInput!) { publishAuditTemplate(input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation($input: ArchiveAuditTemplateInput!) { archiveAuditTemplate(input: $input) { id archived version } }`;
const IMPORT = `mutation($input: ImportAuditTemplateItemsInput!) { importAuditTemplateItems(input: $input) { ${FIELDS} } }`;
const EXPORT = `mutation($input: ExportAuditTemplateInput!) { exportAuditTemplate(input: $input) { id name contentType size } }`;
const ONE = `query($id: ID!) { auditTemplate(id: $id) { ${FIELDS} } }`;
const VERSION = `query($id: ID!) { auditTemplateVersion(id: $id) { id templateId number name itemCount content { sections { key items { key title maxScore critical } } } } }`;
const LIST = `query($first: Int, $after: String, $includeArchived: Boolean) { auditTemplates(first: $first, after: $after, includeArchived: $includeArchived) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name archived } } } }`;
const BANDS = `query { auditGradeBands { grade label labelEn min } }`;
const SET_BANDS = `mutation($input: UpdateAuditGradeBandsInput!) { updateAuditGradeBands(input: $input) { grade label labelEn min } }`;

type Item = {
  key: string;
  title: string;
  standard: string;
  titleEn: string;
  standardEn: string;
  maxScore: number;
  critical: boolean;
};
type Section = { key: string; department: string; title: string; titleEn: string; items: Item[] };
type Template = {
  id: string;
  name: string;
  publishedVersion: number;
  archived: boolean;
  version: number;
  draft: { sections: Section[] };
  versions: { id: string; number: number; name: string; itemCount: number }[];
  latestVersion: { id: string; number: number } | null;
};

let counter = 0;
const uniqueName = (prefix = '模板') => `${prefix} ${Date.now().toString(36)}-${++counter}`;

async function ok<T>(res: Promise<GqlResult<T>>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

async function create(token: string, input: Record<string, unknown>): Promise<Template> {
  return (await ok(kit.gql<{ createAuditTemplate: Template }>(token, CREATE, { input }))).createAuditTemplate;
}

const fieldsOf = (r: GqlResult) => r.errors?.[0]?.extensions?.fields ?? [];

const item = (key: string, extra: Partial<Item> = {}) => ({
  key,
  title: `项目 ${key}`,
  standard: `标准 ${key}：地面无垃圾`,
  titleEn: `Item ${key}`,
  standardEn: `Standard ${key}`,
  maxScore: 5,
  critical: false,
  ...extra,
});

beforeAll(async () => {
  kit = await startTestKit();
  [A, B] = await Promise.all([kit.company(), kit.company()]);
  [admin, auditor, manager, staff, bAdmin] = await Promise.all([
    A.user('COMPANY_ADMIN'),
    A.user('QUALITY_AUDITOR'),
    A.user('ESTATE_MANAGER'),
    A.user('ESTATE_STAFF'),
    B.user('COMPANY_ADMIN'),
  ]);
});
afterAll(() => kit?.close());

describe('creating and editing templates', () => {
  it('creates from default departments, empty, or as a copy of another template’s draft', async () => {
    const fromDefaults = await create(auditor.token, {
      name: uniqueName(),
      departments: ['CLEANING', 'FIRE_SAFETY'],
    });
    expect(fromDefaults.draft).toEqual(defaultTemplateContent(['CLEANING', 'FIRE_SAFETY']));
    expect(fromDefaults).toMatchObject({
      publishedVersion: 0,
      version: 1,
      versions: [],
      latestVersion: null,
      archived: false,
    });
    const empty = await create(admin.token, { name: uniqueName(), description: '空白' });
    expect(empty.draft).toEqual({ sections: [] });
    const copy = await create(admin.token, { name: uniqueName(), copyFromTemplateId: fromDefaults.id });
    expect(copy.draft).toEqual(fromDefaults.draft);
    const both = await kit.gql(admin.token, CREATE, {
      input: { name: uniqueName(), departments: ['CLEANING'], copyFromTemplateId: fromDefaults.id },
    });
    expect(fieldsOf(both)).toMatchObject([{ path: ['copyFromTemplateId'], reason: 'CONFLICT' }]);
  });

  it('refuses a name already used in the company, not one used in another company', async () => {
    const name = uniqueName();
    await create(admin.token, { name });
    const again = await kit.gql(auditor.token, CREATE, { input: { name } });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(fieldsOf(again)).toMatchObject([{ path: ['name'], reason: 'TAKEN' }]);
    await create(bAdmin.token, { name });
  });

  it('saves a draft with optimistic locking: a stale version is CONFLICT and changes nothing', async () => {
    const t = await create(admin.token, { name: uniqueName(), departments: ['CLEANING'] });
    const draft = {
      sections: [
        {
          key: 'a',
          department: 'SECURITY',
          title: '门岗',
          items: [item('a-01'), item('a-02', { critical: true, maxScore: 10 })],
        },
      ],
    };
    const saved = (
      await ok(
        kit.gql<{ updateAuditTemplate: Template }>(auditor.token, UPDATE, {
          input: { id: t.id, version: 1, draft, description: '说明' },
        }),
      )
    ).updateAuditTemplate;
    expect(saved.version).toBe(2);
    expect(saved.draft.sections[0]).toMatchObject({
      key: 'a',
      titleEn: '',
      items: [{ key: 'a-01' }, { key: 'a-02', critical: true, maxScore: 10 }],
    });
    expect(saved.name).toBe(t.name);

    const stale = await kit.gql(admin.token, UPDATE, { input: { id: t.id, version: 1, name: uniqueName() } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const now = (await ok(kit.gql<{ auditTemplate: Template }>(admin.token, ONE, { id: t.id })))
      .auditTemplate;
    expect(now).toMatchObject({ name: t.name, version: 2 });
  });

  it('refuses invalid and hostile content with field paths and reasons, and saves nothing', async () => {
    const t = await create(admin.token, { name: uniqueName() });
    // Control and bidi characters are refused wherever they are (the string guard, then the schema).
    const hostile = await kit.gql(admin.token, UPDATE, {
      input: {
        id: t.id,
        version: 1,
        name: '坏\u202E名',
        draft: {
          sections: [
            { key: 'a', department: 'CLEANING', title: 'A', items: [item('i-1', { title: 'a\u0000b' })] },
          ],
        },
      },
    });
    expect(codeOf(hostile)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(hostile).map((f) => [f.path.join('.'), f.reason])).toEqual([
      ['name', 'CONTROL_CHARACTERS'],
      ['draft.sections.0.items.0.title', 'CONTROL_CHARACTERS'],
    ]);
    const bad = await kit.gql(admin.token, UPDATE, {
      input: {
        id: t.id,
        version: 1,
        draft: {
          sections: [
            {
              key: 'Bad Key',
              department: 'CLEANING',
              title: 'x'.repeat(41),
              items: [
                item('i-1', { maxScore: 2.3 }),
                item('i-2', { standard: 's'.repeat(301), maxScore: 0 }),
              ],
            },
          ],
        },
      },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad).map((f) => [f.path.join('.'), f.reason])).toEqual([
      ['draft.sections.0.key', 'INVALID'],
      ['draft.sections.0.title', 'TOO_LONG'],
      ['draft.sections.0.items.0.maxScore', 'INVALID'],
      ['draft.sections.0.items.1.standard', 'TOO_LONG'],
      ['draft.sections.0.items.1.maxScore', 'TOO_SMALL'],
    ]);
    const dup = await kit.gql(admin.token, UPDATE, {
      input: {
        id: t.id,
        version: 1,
        draft: {
          sections: [{ key: 'a', department: 'CLEANING', title: 'A', items: [item('k'), item('k')] }],
        },
      },
    });
    expect(fieldsOf(dup)).toMatchObject([
      { path: ['draft', 'sections', 0, 'items', 1, 'key'], reason: 'DUPLICATE' },
    ]);
    const hostileCreate = await kit.gql(admin.token, CREATE, {
      input: { name: '\u0007铃', description: 'x'.repeat(501) },
    });
    expect(fieldsOf(hostileCreate).map((f) => [f.path.join('.'), f.reason])).toEqual([
      ['name', 'CONTROL_CHARACTERS'],
    ]);
    const long = await kit.gql(admin.token, CREATE, {
      input: { name: uniqueName(), description: 'x'.repeat(501) },
    });
    expect(fieldsOf(long).map((f) => [f.path.join('.'), f.reason])).toEqual([['description', 'TOO_LONG']]);
    const [row] = await kit.database.raw<{ version: number; name: string }>(
      'select version, name from audit_templates where id = $1',
      [t.id],
    );
    expect(row).toEqual({ version: 1, name: t.name });
  });
});

describe('publishing versions', () => {
  it('publishes v1 and v2; v1 keeps its content; audits can load either', async () => {
    const t = await create(auditor.token, { name: uniqueName(), departments: ['LANDSCAPING'] });
    const p1 = (
      await ok(
        kit.gql<{ publishAuditTemplate: Template }>(auditor.token, PUBLISH, {
          input: { id: t.id, version: 1 },
        }),
      )
    ).publishAuditTemplate;
    expect(p1.publishedVersion).toBe(1);
    expect(p1.versions).toHaveLength(1);
    const v1 = p1.versions[0]!;
    expect(v1).toMatchObject({
      number: 1,
      name: t.name,
      itemCount: DEFAULT_AUDIT_TEMPLATES.LANDSCAPING.content.sections.flatMap((s) => s.items).length,
    });

    // Publishing an unchanged draft creates no version.
    const again = (
      await ok(
        kit.gql<{ publishAuditTemplate: Template }>(auditor.token, PUBLISH, {
          input: { id: t.id, version: p1.version },
        }),
      )
    ).publishAuditTemplate;
    expect(again.versions).toHaveLength(1);
    expect(again.version).toBe(p1.version);

    const draft = structuredClone(p1.draft);
    draft.sections[0]!.items[0]!.title = '改过的标题';
    draft.sections[0]!.items[0]!.maxScore = 7.5;
    draft.sections[0]!.items.pop();
    const edited = (
      await ok(
        kit.gql<{ updateAuditTemplate: Template }>(auditor.token, UPDATE, {
          input: { id: t.id, version: p1.version, draft },
        }),
      )
    ).updateAuditTemplate;
    const p2 = (
      await ok(
        kit.gql<{ publishAuditTemplate: Template }>(auditor.token, PUBLISH, {
          input: { id: t.id, version: edited.version },
        }),
      )
    ).publishAuditTemplate;
    expect(p2.publishedVersion).toBe(2);
    expect(p2.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(p2.latestVersion).toEqual({ id: p2.versions[0]!.id, number: 2 });
    expect(p2.versions[0]!.itemCount).toBe(v1.itemCount - 1);

    type V = {
      auditTemplateVersion: {
        number: number;
        content: { sections: { items: { title: string; maxScore: number }[] }[] };
      };
    };
    const old = (await ok(kit.gql<V>(manager.token, VERSION, { id: v1.id }))).auditTemplateVersion;
    const original = DEFAULT_AUDIT_TEMPLATES.LANDSCAPING.content.sections[0]!.items[0]!;
    expect(old.number).toBe(1);
    expect(old.content.sections[0]!.items[0]).toMatchObject({
      title: original.title,
      maxScore: original.maxScore,
    });
    expect(old.content.sections.flatMap((s) => s.items)).toHaveLength(v1.itemCount);
    const latest = (await ok(kit.gql<V>(manager.token, VERSION, { id: p2.versions[0]!.id })))
      .auditTemplateVersion;
    expect(latest.content.sections[0]!.items[0]).toMatchObject({ title: '改过的标题', maxScore: 7.5 });

    // The module surface other parts use.
    await withTenant(kit.database, A.id, async (tx) => {
      expect((await loadTemplateVersion(tx, A.id, v1.id))?.number).toBe(1);
      expect((await latestPublishedVersion(tx, A.id, t.id))?.number).toBe(2);
      expect(await loadTemplateVersion(tx, A.id, 'not-a-uuid')).toBeUndefined();
    });
    await withTenant(kit.database, B.id, async (tx) => {
      expect(await loadTemplateVersion(tx, B.id, v1.id)).toBeUndefined();
    });
    // The database itself refuses to change a published version.
    await expect(
      withTenant(kit.database, A.id, (tx) =>
        tx.execute(sql`update audit_template_versions set name = 'x' where id = ${v1.id}`),
      ),
    ).rejects.toThrow();
  });

  it('publishes only a complete draft (sections with items) and refuses a stale version', async () => {
    const t = await create(admin.token, { name: uniqueName() });
    const empty = await kit.gql(admin.token, PUBLISH, { input: { id: t.id, version: 1 } });
    expect(fieldsOf(empty)).toMatchObject([{ path: ['draft', 'sections'], reason: 'REQUIRED' }]);
    const draft = { sections: [{ key: 's', department: 'ENGINEERING', title: '机房', items: [] }] };
    const saved = (
      await ok(
        kit.gql<{ updateAuditTemplate: Template }>(admin.token, UPDATE, {
          input: { id: t.id, version: 1, draft },
        }),
      )
    ).updateAuditTemplate;
    const noItems = await kit.gql(admin.token, PUBLISH, { input: { id: t.id, version: saved.version } });
    expect(fieldsOf(noItems)).toMatchObject([
      { path: ['draft', 'sections', 0, 'items'], reason: 'REQUIRED' },
    ]);
    const stale = await kit.gql(admin.token, PUBLISH, { input: { id: t.id, version: 1 } });
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('archives: hidden from the list unless asked for, no more edits, versions kept', async () => {
    const t = await create(admin.token, { name: uniqueName('归档'), departments: ['SECURITY'] });
    const p = (
      await ok(
        kit.gql<{ publishAuditTemplate: Template }>(admin.token, PUBLISH, {
          input: { id: t.id, version: 1 },
        }),
      )
    ).publishAuditTemplate;
    const archived = (
      await ok(kit.gql<{ archiveAuditTemplate: Template }>(auditor.token, ARCHIVE, { input: { id: t.id } }))
    ).archiveAuditTemplate;
    expect(archived).toMatchObject({ archived: true, version: p.version + 1 });
    type L = { auditTemplates: { totalCount: number; edges: { node: { id: string } }[] } };
    const visible = (await ok(kit.gql<L>(admin.token, LIST, { first: 100 }))).auditTemplates.edges.map(
      (e) => e.node.id,
    );
    expect(visible).not.toContain(t.id);
    const all = (
      await ok(kit.gql<L>(admin.token, LIST, { first: 100, includeArchived: true }))
    ).auditTemplates.edges.map((e) => e.node.id);
    expect(all).toContain(t.id);
    const edit = await kit.gql(admin.token, UPDATE, {
      input: { id: t.id, version: archived.version, name: uniqueName() },
    });
    expect(fieldsOf(edit)).toMatchObject([{ path: ['id'], reason: 'ARCHIVED' }]);
    const one = (await ok(kit.gql<{ auditTemplate: Template }>(admin.token, ONE, { id: t.id })))
      .auditTemplate;
    expect(one.versions).toHaveLength(1);
  });

  it('lists templates by name in pages with the total', async () => {
    const fresh = await kit.company();
    const freshAdmin = await fresh.user('COMPANY_ADMIN');
    for (const n of ['丙', '甲', '乙']) await create(freshAdmin.token, { name: `页 ${n}` });
    type L = {
      auditTemplates: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { name: string } }[];
      };
    };
    const first = (await ok(kit.gql<L>(freshAdmin.token, LIST, { first: 2 }))).auditTemplates;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (
      await ok(kit.gql<L>(freshAdmin.token, LIST, { first: 2, after: first.pageInfo.endCursor }))
    ).auditTemplates;
    const names = [...first.edges, ...second.edges].map((e) => e.node.name);
    expect(names).toHaveLength(3);
    expect(names).toEqual([...names].sort());
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});

describe('who may do what', () => {
  it('estate managers read templates and versions but change nothing; staff see none', async () => {
    const t = await create(admin.token, { name: uniqueName(), departments: ['CLEANING'] });
    expect(codeOf(await kit.gql(manager.token, ONE, { id: t.id }))).toBe('OK');
    expect(
      codeOf(await kit.gql(manager.token, UPDATE, { input: { id: t.id, version: 1, name: uniqueName() } })),
    ).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(manager.token, PUBLISH, { input: { id: t.id, version: 1 } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await kit.gql(manager.token, CREATE, { input: { name: uniqueName() } }))).toBe('FORBIDDEN');
    expect(codeOf(await kit.gql(staff.token, ONE, { id: t.id }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(staff.token, LIST, {}))).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for another company’s template and version ids, through every operation', async () => {
    const t = await create(admin.token, { name: uniqueName(), departments: ['CLEANING'] });
    const p = (
      await ok(
        kit.gql<{ publishAuditTemplate: Template }>(admin.token, PUBLISH, {
          input: { id: t.id, version: 1 },
        }),
      )
    ).publishAuditTemplate;
    const fileId = await uploaded(
      kit,
      bAdmin.token,
      await itemsWorkbook([['a', '保洁', 'A', '', 'a-1', '项', '标准文字', '', '', 5, '否']]),
      'items.xlsx',
    );
    const calls: [string, Record<string, unknown>][] = [
      [ONE, { id: t.id }],
      [VERSION, { id: p.versions[0]!.id }],
      [UPDATE, { input: { id: t.id, version: p.version, name: uniqueName() } }],
      [PUBLISH, { input: { id: t.id, version: p.version } }],
      [ARCHIVE, { input: { id: t.id } }],
      [EXPORT, { input: { id: t.id } }],
      [IMPORT, { input: { id: t.id, version: p.version, fileId } }],
      [CREATE, { input: { name: uniqueName(), copyFromTemplateId: t.id } }],
      [ONE, { id: randomUUID() }],
      [ONE, { id: 'not-a-uuid' }],
    ];
    for (const [query, variables] of calls)
      expect(codeOf(await kit.gql(bAdmin.token, query, variables)), query).toBe('NOT_FOUND');
    const list = (
      await ok(
        kit.gql<{ auditTemplates: { edges: { node: { id: string } }[] } }>(bAdmin.token, LIST, {
          first: 100,
          includeArchived: true,
        }),
      )
    ).auditTemplates;
    expect(list.edges.map((e) => e.node.id)).not.toContain(t.id);
    const [row] = await kit.database.raw<{ version: number; archived: boolean }>(
      'select version, archived from audit_templates where id = $1',
      [t.id],
    );
    expect(row).toEqual({ version: p.version, archived: false });
  });
});

// ---------------------------------------------------------------------------------------------
// .xlsx

const KEYS = [
  'section_key',
  'department',
  'section_title',
  'section_title_en',
  'item_key',
  'title',
  'standard',
  'title_en',
  'standard_en',
  'max_score',
  'critical',
];

/** A file in the export's layout: hidden key row, header row, one row per item. */
async function itemsWorkbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('检查项目');
  ws.getRow(1).values = KEYS;
  ws.getRow(2).values = KEYS.map((k) => k.toUpperCase());
  rows.forEach((r, i) => {
    ws.getRow(3 + i).values = r as ExcelJS.CellValue[];
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('import and export', () => {
  it('round-trips: an exported draft imports back unchanged; a version exports by number', async () => {
    const t = await create(admin.token, {
      name: uniqueName(),
      departments: ['FIRE_SAFETY', 'CUSTOMER_SERVICE'],
    });
    const p = (
      await ok(
        kit.gql<{ publishAuditTemplate: Template }>(admin.token, PUBLISH, {
          input: { id: t.id, version: 1 },
        }),
      )
    ).publishAuditTemplate;
    // Change the draft, so the import visibly restores what was exported.
    const emptied = (
      await ok(
        kit.gql<{ updateAuditTemplate: Template }>(admin.token, UPDATE, {
          input: { id: t.id, version: p.version, draft: { sections: [] } },
        }),
      )
    ).updateAuditTemplate;
    for (const language of ['ZH', 'EN']) {
      const file = (
        await ok(
          kit.gql<{ exportAuditTemplate: { id: string; name: string; contentType: string } }>(
            auditor.token,
            EXPORT,
            { input: { id: t.id, number: 1, language } },
          ),
        )
      ).exportAuditTemplate;
      expect(file.name).toBe(`${t.name}-v1.xlsx`);
      const bytes = await downloaded(kit, auditor.token, file.id);
      const current = (await ok(kit.gql<{ auditTemplate: Template }>(admin.token, ONE, { id: t.id })))
        .auditTemplate;
      const fileId = await uploaded(kit, admin.token, bytes, 'back.xlsx');
      const imported = (
        await ok(
          kit.gql<{ importAuditTemplateItems: Template }>(admin.token, IMPORT, {
            input: { id: t.id, version: current.version, fileId },
          }),
        )
      ).importAuditTemplateItems;
      expect(imported.draft).toEqual(defaultTemplateContent(['FIRE_SAFETY', 'CUSTOMER_SERVICE']));
      expect(imported.version).toBe(current.version + 1);
      // The import used the upload up.
      expect((await downloadFile(kit, admin.token, fileId)).status).toBe(404);
    }
    expect(emptied.draft.sections).toEqual([]);
    const missing = await kit.gql(admin.token, EXPORT, { input: { id: t.id, number: 9 } });
    expect(codeOf(missing)).toBe('NOT_FOUND');
    // The draft exports too, and estate managers may export what they read.
    const draftFile = (
      await ok(
        kit.gql<{ exportAuditTemplate: { id: string; name: string } }>(manager.token, EXPORT, {
          input: { id: t.id },
        }),
      )
    ).exportAuditTemplate;
    expect(draftFile.name).toBe(`${t.name}-草稿.xlsx`);
  });

  it('imports all or nothing: every bad cell reported by row and column, the draft and the upload kept', async () => {
    const t = await create(admin.token, { name: uniqueName(), departments: ['CLEANING'] });
    const before = t.draft;
    const bytes = await itemsWorkbook([
      ['a', '保洁', '楼内', 'Indoor', 'a-1', '大堂', '地面无垃圾', 'Lobby', 'Clean floor', 5, '是'],
      ['', '', '', '', 'a-2', '', '玻璃无手印', '', '', 'abc', '否'], // title missing, score not a number
      ['', '', '', '', 'a-1', '电梯', '轿厢干净', '', '', 3, '否'], // duplicate key
      ['b', '厨房', 'B', '', 'b-1', '坏\u202E字', '标准', '', '', 2.3, '也许'], // department, bidi, step, critical
      ['a', '保洁', '楼内', '', 'a-9', '又一项', '标准', '', '', 101, '否'], // section again, not adjacent
    ]);
    const fileId = await uploaded(kit, admin.token, bytes, 'bad.xlsx');
    const res = await kit.gql(admin.token, IMPORT, { input: { id: t.id, version: 1, fileId } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res).map((f) => [f.path.join('.'), f.reason])).toEqual([
      ['rows.4.F', 'REQUIRED'],
      ['rows.4.J', 'INVALID'],
      ['rows.5.E', 'DUPLICATE'],
      ['rows.6.B', 'INVALID'],
      ['rows.6.F', 'CONTROL_CHARACTERS'],
      ['rows.6.J', 'INVALID'],
      ['rows.6.K', 'INVALID'],
      ['rows.7.A', 'DUPLICATE'],
    ]);
    expect(fieldsOf(res)[0]!.message).toContain('第 4 行 F 列');
    const after = (await ok(kit.gql<{ auditTemplate: Template }>(admin.token, ONE, { id: t.id })))
      .auditTemplate;
    expect(after).toMatchObject({ version: 1, draft: before });
    // Refused: the upload is still the caller's to use.
    expect((await downloadFile(kit, admin.token, fileId)).status).toBe(200);

    // Fixed, it imports; empty item keys are generated, continuation rows join the section above.
    const good = await itemsWorkbook([
      ['a', '保洁', '楼内', 'Indoor', 'a-1', '大堂', '地面无垃圾', 'Lobby', 'Clean floor', 5, '是'],
      ['', '', '', '', '', '玻璃', '玻璃无手印', '', '', 2.5, ''],
      ['b', 'FIRE_SAFETY', '消防', '', 'b-1', '灭火器', '压力正常', '', '', 10, 'Yes'],
    ]);
    const goodId = await uploaded(kit, admin.token, good, 'good.xlsx');
    const imported = (
      await ok(
        kit.gql<{ importAuditTemplateItems: Template }>(admin.token, IMPORT, {
          input: { id: t.id, version: 1, fileId: goodId },
        }),
      )
    ).importAuditTemplateItems;
    expect(
      imported.draft.sections.map((s) => [
        s.key,
        s.department,
        s.items.map((i) => [i.key, i.maxScore, i.critical]),
      ]),
    ).toEqual([
      [
        'a',
        'CLEANING',
        [
          ['a-1', 5, true],
          ['a-01', 2.5, false],
        ],
      ],
      ['b', 'FIRE_SAFETY', [['b-1', 10, true]]],
    ]);
    // A stale version is CONFLICT, and keeps the upload.
    const thirdId = await uploaded(kit, admin.token, good, 'good.xlsx');
    expect(
      codeOf(await kit.gql(admin.token, IMPORT, { input: { id: t.id, version: 1, fileId: thirdId } })),
    ).toBe('CONFLICT');
    expect((await downloadFile(kit, admin.token, thirdId)).status).toBe(200);
  });

  it('refuses files that are not this template', async () => {
    const t = await create(admin.token, { name: uniqueName() });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['hello']);
    const other = await uploaded(kit, admin.token, Buffer.from(await wb.xlsx.writeBuffer()), 'other.xlsx');
    expect(
      fieldsOf(await kit.gql(admin.token, IMPORT, { input: { id: t.id, version: 1, fileId: other } })),
    ).toMatchObject([{ path: ['fileId'], reason: 'NOT_TEMPLATE' }]);
    const empty = await uploaded(kit, admin.token, await itemsWorkbook([]), 'empty.xlsx');
    expect(
      fieldsOf(await kit.gql(admin.token, IMPORT, { input: { id: t.id, version: 1, fileId: empty } })),
    ).toMatchObject([{ path: ['fileId'], reason: 'REQUIRED' }]);
    const colleague = await uploaded(kit, auditor.token, await itemsWorkbook([]), 'x.xlsx');
    expect(
      codeOf(await kit.gql(admin.token, IMPORT, { input: { id: t.id, version: 1, fileId: colleague } })),
    ).toBe('NOT_FOUND');
  });
});

describe('grade bands', () => {
  it('answers the defaults until the company admin sets its own; auditors may not', async () => {
    const fresh = await kit.company();
    const [freshAdmin, freshAuditor, freshManager, freshCommittee] = await Promise.all([
      fresh.user('COMPANY_ADMIN'),
      fresh.user('QUALITY_AUDITOR'),
      fresh.user('ESTATE_MANAGER'),
      fresh.user('COMMITTEE_MEMBER'),
    ]);
    expect(
      (await ok(kit.gql<{ auditGradeBands: unknown[] }>(freshManager.token, BANDS))).auditGradeBands,
    ).toEqual(DEFAULT_GRADE_BANDS);
    expect(codeOf(await kit.gql(freshCommittee.token, BANDS))).toBe('FORBIDDEN');
    const bands = [
      { grade: 'A', label: '甲', labelEn: 'A', min: 85 },
      { grade: 'B', label: '乙', labelEn: 'B', min: 60.5 },
      { grade: 'C', label: '丙', labelEn: 'C', min: 0 },
    ];
    expect(codeOf(await kit.gql(freshAuditor.token, SET_BANDS, { input: { bands } }))).toBe('FORBIDDEN');
    const bad = await kit.gql(freshAdmin.token, SET_BANDS, {
      input: { bands: [bands[1], bands[0], { ...bands[2], label: '\u202E' }] },
    });
    expect(fieldsOf(bad).map((f) => [f.path.join('.'), f.reason])).toEqual([
      ['bands.2.label', 'CONTROL_CHARACTERS'],
    ]);
    const order = await kit.gql(freshAdmin.token, SET_BANDS, {
      input: { bands: [bands[1], bands[0], bands[2]] },
    });
    expect(fieldsOf(order)).toMatchObject([{ path: ['bands', 1, 'min'], reason: 'INVALID' }]);
    expect(
      (
        await ok(
          kit.gql<{ updateAuditGradeBands: unknown[] }>(freshAdmin.token, SET_BANDS, { input: { bands } }),
        )
      ).updateAuditGradeBands,
    ).toEqual(bands);
    expect(
      (await ok(kit.gql<{ auditGradeBands: unknown[] }>(freshAuditor.token, BANDS))).auditGradeBands,
    ).toEqual(bands);
    await withTenant(kit.database, fresh.id, async (tx) =>
      expect(await gradeBandsOf(tx, fresh.id)).toEqual(bands),
    );
    // Other companies keep theirs.
    await withTenant(kit.database, B.id, async (tx) =>
      expect(await gradeBandsOf(tx, B.id)).toEqual(DEFAULT_GRADE_BANDS),
    );
    const [log] = await kit.database.raw<{ action: string }>(
      `select action from change_log where company_id = $1 and action = 'company.auditGradeBands'`,
      [fresh.id],
    );
    expect(log).toEqual({ action: 'company.auditGradeBands' });
  });
});

describe('seedDefaultTemplates', () => {
  it('publishes one template per department and the combined quarterly one, once', async () => {
    const fresh = await kit.company();
    const freshAdmin = await fresh.user('COMPANY_ADMIN');
    const first = await withTenant(kit.database, fresh.id, (tx) =>
      seedDefaultTemplates(tx, fresh.id, freshAdmin.id),
    );
    expect(first.map((s) => s.name)).toEqual([
      ...Object.values(DEFAULT_AUDIT_TEMPLATES).map((t) => t.name),
      QUARTERLY_TEMPLATE_NAME,
    ]);
    expect(first.every((s) => s.versionId)).toBe(true);
    const again = await withTenant(kit.database, fresh.id, (tx) =>
      seedDefaultTemplates(tx, fresh.id, freshAdmin.id),
    );
    expect(again).toEqual(first);
    const quarterly = first.at(-1)!;
    type V = {
      auditTemplateVersion: { number: number; itemCount: number; content: { sections: { key: string }[] } };
    };
    const v = (await ok(kit.gql<V>(freshAdmin.token, VERSION, { id: quarterly.versionId })))
      .auditTemplateVersion;
    expect(v.number).toBe(1);
    expect(v.itemCount).toBe(defaultTemplateContent().sections.flatMap((s) => s.items).length);
    const list = (await ok(kit.gql<{ auditTemplates: { totalCount: number } }>(freshAdmin.token, LIST, {})))
      .auditTemplates;
    expect(list.totalCount).toBe(7);
  });
});
