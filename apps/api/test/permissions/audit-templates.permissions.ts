/** The audit templates’ operations (audits module, part A): who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { randomUUID } from 'node:crypto';
import { DEFAULT_GRADE_BANDS } from '@anju/domain';
import { expect } from 'vitest';
import { downloaded, type FileRefOf, uploadFile } from '../files.js';
import type { MatrixRole } from '../schema-roles.js';
import { auditItemsWorkbook, unique } from '../schema-roles.js';
import { ADMIN_ONLY, adminGql, type Entry, ids, kit, tokenOf, XLSX } from './harness.js';

/** AuditTemplate manage: the company admin and the quality auditor. */
export const TEMPLATE_MANAGERS: readonly MatrixRole[] = ['COMPANY_ADMIN', 'QUALITY_AUDITOR'];
/** AuditTemplate read: the managers and estate managers (who plan their self-checks on them). */
export const TEMPLATE_READERS: readonly MatrixRole[] = [...TEMPLATE_MANAGERS, 'ESTATE_MANAGER'];
/** Grade bands: whoever reads templates or audits (scores are shown with their grade). */
export const GRADE_BAND_READERS: readonly MatrixRole[] = [
  ...TEMPLATE_READERS,
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_STAFF',
];

interface Tpl {
  id: string;
  version: number;
  versions: { id: string; number: number }[];
}
const FIELDS = 'id name version publishedVersion archived versions { id number }';

/** A fresh template of the matrix company from the cleaning defaults, published when asked. */
async function freshTemplate(publish = false): Promise<Tpl> {
  const created = await adminGql<{ createAuditTemplate: Tpl }>(
    `mutation($input: CreateAuditTemplateInput!) { createAuditTemplate(input: $input) { ${FIELDS} } }`,
    { input: { name: `矩阵模板 ${unique()}`, departments: ['CLEANING'] } },
  );
  if (!publish) return created.createAuditTemplate;
  const published = await adminGql<{ publishAuditTemplate: Tpl }>(
    `mutation($input: PublishAuditTemplateInput!) { publishAuditTemplate(input: $input) { ${FIELDS} } }`,
    { input: { id: created.createAuditTemplate.id, version: 1 } },
  );
  return published.publishAuditTemplate;
}

let shared: Tpl | undefined;
/** One published template the read-only samples share. */
async function sharedTemplate(): Promise<Tpl> {
  shared ??= await freshTemplate(true);
  return shared;
}

export const auditTemplatesPermissions: Record<string, Entry> = {
  auditTemplates: {
    allowed: TEMPLATE_READERS,
    sample: async () => {
      await sharedTemplate();
      return { query: `query { auditTemplates(first: 100) { totalCount edges { node { id name } } } }` };
    },
    check: async (_role, data) => expect(ids(data.auditTemplates)).toContain((await sharedTemplate()).id),
  },
  auditTemplate: {
    allowed: TEMPLATE_READERS,
    sample: async () => ({
      query: `query($id: ID!) { auditTemplate(id: $id) { id publishedVersion versions { number } } }`,
      variables: { id: (await sharedTemplate()).id },
    }),
    check: (_role, data) =>
      expect(data.auditTemplate).toMatchObject({ publishedVersion: 1, versions: [{ number: 1 }] }),
  },
  auditTemplateVersion: {
    allowed: TEMPLATE_READERS,
    sample: async () => ({
      query: `query($id: ID!) { auditTemplateVersion(id: $id) { id number itemCount content { sections { department } } } }`,
      variables: { id: (await sharedTemplate()).versions[0]!.id },
    }),
    check: (_role, data) => {
      const version = data.auditTemplateVersion as {
        number: number;
        content: { sections: { department: string }[] };
      };
      expect(version.number).toBe(1);
      expect(new Set(version.content.sections.map((s) => s.department))).toEqual(new Set(['CLEANING']));
    },
  },
  auditGradeBands: {
    allowed: GRADE_BAND_READERS,
    sample: () => ({ query: `query { auditGradeBands { grade label labelEn min } }` }),
    check: (_role, data) => expect(data.auditGradeBands).toEqual(DEFAULT_GRADE_BANDS),
  },
  createAuditTemplate: {
    allowed: TEMPLATE_MANAGERS,
    sample: () => ({
      query: `mutation($input: CreateAuditTemplateInput!) { createAuditTemplate(input: $input) { id version publishedVersion } }`,
      variables: { input: { name: `矩阵新建 ${unique()}`, departments: ['SECURITY'] } },
    }),
    check: (_role, data) =>
      expect(data.createAuditTemplate).toMatchObject({ version: 1, publishedVersion: 0 }),
  },
  updateAuditTemplate: {
    allowed: TEMPLATE_MANAGERS,
    sample: async () => ({
      query: `mutation($input: UpdateAuditTemplateInput!) { updateAuditTemplate(input: $input) { version description } }`,
      variables: { input: { id: (await freshTemplate()).id, version: 1, description: '矩阵说明' } },
    }),
    check: (_role, data) => expect(data.updateAuditTemplate).toEqual({ version: 2, description: '矩阵说明' }),
  },
  publishAuditTemplate: {
    allowed: TEMPLATE_MANAGERS,
    sample: async () => ({
      query: `mutation($input: PublishAuditTemplateInput!) { publishAuditTemplate(input: $input) { publishedVersion versions { number } } }`,
      variables: { input: { id: (await freshTemplate()).id, version: 1 } },
    }),
    check: (_role, data) =>
      expect(data.publishAuditTemplate).toEqual({ publishedVersion: 1, versions: [{ number: 1 }] }),
  },
  archiveAuditTemplate: {
    allowed: TEMPLATE_MANAGERS,
    sample: async () => ({
      query: `mutation($input: ArchiveAuditTemplateInput!) { archiveAuditTemplate(input: $input) { archived } }`,
      variables: { input: { id: (await freshTemplate()).id } },
    }),
    check: (_role, data) => expect(data.archiveAuditTemplate).toEqual({ archived: true }),
  },
  importAuditTemplateItems: {
    allowed: TEMPLATE_MANAGERS,
    sample: async (role) => {
      const template = await freshTemplate();
      // Each role names its own upload (a file id serves its uploader only); callers without a
      // company cannot upload, and name an id that exists nowhere.
      const token = tokenOf(role);
      const upload = token ? await uploadFile(kit, token, await auditItemsWorkbook(), 'items.xlsx') : null;
      return {
        query: `mutation($input: ImportAuditTemplateItemsInput!) { importAuditTemplateItems(input: $input) { version draft { sections { key items { key } } } } }`,
        variables: {
          input: {
            id: template.id,
            version: 1,
            fileId: upload?.status === 201 ? upload.body.id : randomUUID(),
          },
        },
      };
    },
    check: (_role, data) =>
      expect(data.importAuditTemplateItems).toEqual({
        version: 2,
        draft: { sections: [{ key: 'mx', items: [{ key: 'mx-01' }] }] },
      }),
  },
  exportAuditTemplate: {
    allowed: TEMPLATE_READERS,
    sample: async () => ({
      query: `mutation($input: ExportAuditTemplateInput!) { exportAuditTemplate(input: $input) { id name contentType size } }`,
      variables: { input: { id: (await sharedTemplate()).id, number: 1 } },
    }),
    check: async (role, data) => {
      const file = data.exportAuditTemplate as FileRefOf;
      expect(file.contentType).toBe(XLSX);
      const bytes = await downloaded(kit, tokenOf(role)!, file.id);
      expect(bytes.length).toBe(file.size);
    },
  },
  updateAuditGradeBands: {
    allowed: ADMIN_ONLY,
    // The defaults again: other lists' samples judge scores by the company's bands.
    sample: () => ({
      query: `mutation($input: UpdateAuditGradeBandsInput!) { updateAuditGradeBands(input: $input) { grade label labelEn min } }`,
      variables: { input: { bands: DEFAULT_GRADE_BANDS } },
    }),
    check: (_role, data) => expect(data.updateAuditGradeBands).toEqual(DEFAULT_GRADE_BANDS),
  },
};
