/**
 * The audits module’s operations of Part B (planning and conducting): who may run each, and a
 * runnable sample (see permission-matrix.test.ts). Samples work on estates[0], which every scoped
 * role of the matrix covers; audits are made fresh by the admin where a call consumes one.
 */
import 'reflect-metadata';
import { expect } from 'vitest';
import { clientKey, publishedTemplate, SMALL_CONTENT } from '../audits-kit.js';
import { TEST_NOW } from '../kit.js';
import type { MatrixRole } from '../schema-roles.js';
import { unique } from '../schema-roles.js';
import { adminGql, co, type Entry, kit, users } from './harness.js';

let template: Promise<{ templateId: string; versionId: string }> | undefined;
const published = () => {
  template ??= publishedTemplate(kit, co.id);
  return template;
};

/** Everyone who reads some audit (the committee reads none). */
const AUDIT_READERS: readonly MatrixRole[] = [
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_MANAGER',
  'ESTATE_STAFF',
];
/** Who plans and conducts HQ audits. */
const HQ_AUDITORS: readonly MatrixRole[] = ['COMPANY_ADMIN', 'QUALITY_AUDITOR'];

const PLAN = `mutation($input: PlanAuditInput!) { planAudit(input: $input) { id } }`;
const SAVE = `mutation($input: SaveAuditItemInput!) { saveAuditItem(input: $input) { itemKey version } }`;
const SUBMIT = `mutation($input: AuditIdInput!) { submitAudit(input: $input) { id status } }`;
const SCHEDULE = `mutation($input: CreateAuditScheduleInput!) { createAuditSchedule(input: $input) { id } }`;

const hours = (n: number) => new Date(TEST_NOW.getTime() + n * 3600_000).toISOString();
const day = (n: number) => new Date(TEST_NOW.getTime() + n * 86_400_000).toISOString().slice(0, 10);

/** A fresh audit of estates[0] by the admin, conducted by the matrix's quality auditor. */
async function freshAudit(kind = 'QUARTERLY'): Promise<string> {
  const { versionId } = await published();
  const data = await adminGql<{ planAudit: { id: string } }>(PLAN, {
    input: {
      estateId: co.estates[0]!.id,
      kind,
      templateVersionId: versionId,
      plannedAt: hours(24),
      dueAt: hours(72),
      auditorUserIds: [users.QUALITY_AUDITOR.id],
      title: `矩阵检查 ${unique()}`,
    },
  });
  return data.planAudit.id;
}

/** A fresh audit with every item answered (PASS) by the admin, ready to submit. */
async function answeredAudit(): Promise<string> {
  const id = await freshAudit();
  for (const section of SMALL_CONTENT.sections)
    for (const item of section.items)
      await adminGql(SAVE, {
        input: {
          auditId: id,
          itemKey: item.key,
          clientKey: clientKey(),
          expectedVersion: 0,
          kind: 'PASS',
          photoFileIds: [],
        },
      });
  return id;
}

let submitted: Promise<string> | undefined;
/** One submitted quarterly audit of estates[0]: readable by every audit reader, staff included. */
const submittedAudit = () => {
  submitted ??= answeredAudit().then(async (id) => {
    await adminGql(SUBMIT, { input: { id } });
    return id;
  });
  return submitted;
};

let campaign: Promise<string> | undefined;
/** A quarterly campaign over estates[0] (its audit planned, so staff do not see it yet). */
const quarterlyCampaign = () => {
  campaign ??= published().then(async ({ versionId }) => {
    const data = await adminGql<{ createAuditCampaign: { id: string } }>(
      `mutation($input: CreateAuditCampaignInput!) { createAuditCampaign(input: $input) { id } }`,
      {
        input: {
          name: `矩阵季度评估 ${unique()}`,
          kind: 'QUARTERLY',
          quarter: '2030-Q1',
          templateVersionId: versionId,
          startsOn: day(2),
          dueOn: day(30),
          estates: [{ estateId: co.estates[0]!.id, auditorUserIds: [users.QUALITY_AUDITOR.id] }],
        },
      },
    );
    return data.createAuditCampaign.id;
  });
  return campaign;
};

async function freshSchedule(): Promise<string> {
  const { templateId } = await published();
  const data = await adminGql<{ createAuditSchedule: { id: string } }>(SCHEDULE, {
    input: {
      estateId: co.estates[0]!.id,
      kind: 'MONTHLY',
      templateId,
      auditorUserIds: [users.ESTATE_MANAGER.id],
      startsOn: day(40),
    },
  });
  return data.createAuditSchedule.id;
}

export const auditsPermissions: Record<string, Entry> = {
  audits: {
    allowed: AUDIT_READERS,
    sample: async () => {
      await submittedAudit();
      return {
        query: `query($f: AuditFilter) { audits(filter: $f, first: 100) { totalCount edges { node { id status kind } } } }`,
        variables: { f: { estateId: co.estates[0]!.id } },
      };
    },
    check: async (_role, data) => {
      const ids = (data.audits as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
      expect(ids).toContain(await submittedAudit());
    },
  },
  audit: {
    allowed: AUDIT_READERS,
    sample: async () => ({
      query: `query($id: ID!) { audit(id: $id) { id status score { total { percent } } answers { itemKey } } }`,
      variables: { id: await submittedAudit() },
    }),
    check: (_role, data) => expect(data.audit).toMatchObject({ status: 'SUBMITTED' }),
  },
  auditCampaigns: {
    allowed: AUDIT_READERS,
    sample: async () => {
      await quarterlyCampaign();
      return {
        query: `query { auditCampaigns(first: 100) { totalCount edges { node { id kind counts { total } } } } }`,
      };
    },
  },
  auditCampaign: {
    // Staff see a campaign only once one of its audits is submitted.
    allowed: ['COMPANY_ADMIN', 'QUALITY_AUDITOR', 'HQ_VIEWER', 'HQ_VIEWER_REGION', 'ESTATE_MANAGER'],
    sample: async () => ({
      query: `query($id: ID!) { auditCampaign(id: $id) { id name progress counts { total planned } audits { id } } }`,
      variables: { id: await quarterlyCampaign() },
    }),
    check: (_role, data) => expect(data.auditCampaign).toMatchObject({ counts: { total: 1, planned: 1 } }),
  },
  auditSchedules: {
    allowed: AUDIT_READERS,
    sample: () => ({
      query: `query($e: ID) { auditSchedules(estateId: $e) { id kind active auditors { id } } }`,
      variables: { e: co.estates[0]!.id },
    }),
  },
  createAuditCampaign: {
    allowed: HQ_AUDITORS,
    sample: async () => ({
      query: `mutation($input: CreateAuditCampaignInput!) { createAuditCampaign(input: $input) { id counts { total } } }`,
      variables: {
        input: {
          name: `矩阵批次 ${unique()}`,
          kind: 'QUARTERLY',
          templateVersionId: (await published()).versionId,
          startsOn: day(3),
          dueOn: day(10),
          estates: [{ estateId: co.estates[0]!.id, auditorUserIds: [users.QUALITY_AUDITOR.id] }],
        },
      },
    }),
    check: (_role, data) => expect(data.createAuditCampaign).toMatchObject({ counts: { total: 1 } }),
  },
  planAudit: {
    allowed: HQ_AUDITORS,
    sample: async () => ({
      query: `mutation($input: PlanAuditInput!) { planAudit(input: $input) { id status kind } }`,
      variables: {
        input: {
          estateId: co.estates[0]!.id,
          kind: 'SPOT_CHECK',
          templateVersionId: (await published()).versionId,
          plannedAt: hours(30),
          dueAt: hours(40),
          auditorUserIds: [users.QUALITY_AUDITOR.id],
        },
      },
    }),
    check: (_role, data) => expect(data.planAudit).toMatchObject({ status: 'PLANNED', kind: 'SPOT_CHECK' }),
  },
  createAuditSchedule: {
    // The estate's own checks: its manager, and HQ (admin, auditors) on its behalf.
    allowed: ['COMPANY_ADMIN', 'QUALITY_AUDITOR', 'ESTATE_MANAGER'],
    sample: async () => ({
      query: `mutation($input: CreateAuditScheduleInput!) { createAuditSchedule(input: $input) { id kind active } }`,
      variables: {
        input: {
          estateId: co.estates[0]!.id,
          kind: 'SEMI_MONTHLY',
          templateId: (await published()).templateId,
          auditorUserIds: [users.ESTATE_MANAGER.id],
          startsOn: day(60),
        },
      },
    }),
  },
  stopAuditSchedule: {
    allowed: ['COMPANY_ADMIN', 'QUALITY_AUDITOR', 'ESTATE_MANAGER'],
    sample: async () => ({
      query: `mutation($input: AuditIdInput!) { stopAuditSchedule(input: $input) { id active } }`,
      variables: { input: { id: await freshSchedule() } },
    }),
    check: (_role, data) => expect(data.stopAuditSchedule).toMatchObject({ active: false }),
  },
  startAudit: {
    allowed: HQ_AUDITORS,
    sample: async () => ({
      query: `mutation($input: AuditIdInput!) { startAudit(input: $input) { id status } }`,
      variables: { input: { id: await freshAudit() } },
    }),
    check: (_role, data) => expect(data.startAudit).toMatchObject({ status: 'IN_PROGRESS' }),
  },
  cancelAudit: {
    allowed: HQ_AUDITORS,
    sample: async () => ({
      query: `mutation($input: CancelAuditInput!) { cancelAudit(input: $input) { id status } }`,
      variables: { input: { id: await freshAudit(), reason: '矩阵取消' } },
    }),
    check: (_role, data) => expect(data.cancelAudit).toMatchObject({ status: 'CANCELLED' }),
  },
  saveAuditItem: {
    allowed: HQ_AUDITORS,
    sample: async () => ({
      query: SAVE,
      variables: {
        input: {
          auditId: await freshAudit(),
          itemKey: 'cs-1',
          clientKey: clientKey(),
          expectedVersion: 0,
          kind: 'SCORE',
          score: 4,
          note: '矩阵',
          photoFileIds: [],
        },
      },
    }),
    check: (_role, data) => expect(data.saveAuditItem).toEqual({ itemKey: 'cs-1', version: 1 }),
  },
  submitAudit: {
    allowed: HQ_AUDITORS,
    sample: async () => ({ query: SUBMIT, variables: { input: { id: await answeredAudit() } } }),
    check: (_role, data) => expect(data.submitAudit).toMatchObject({ status: 'SUBMITTED' }),
  },
  auditChanged: {
    allowed: AUDIT_READERS,
    sample: () => ({
      query: `subscription($e: ID) { auditChanged(estateId: $e) { event auditId audit { id status } } }`,
      variables: { e: co.estates[0]!.id },
    }),
    // A submission of estates[0]: staff hear of it too (they read submitted audits).
    trigger: async () => {
      const id = await answeredAudit();
      await adminGql(SUBMIT, { input: { id } });
    },
    check: (_role, data) =>
      expect(data.auditChanged).toMatchObject({ event: expect.any(String), auditId: expect.any(String) }),
  },
};
