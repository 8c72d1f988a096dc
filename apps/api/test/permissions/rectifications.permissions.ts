/** Findings, rectification, appeals and the campaign overview: who may run each (see permission-matrix.test.ts). */
import 'reflect-metadata';
import { expect } from 'vitest';
import {
  campaign,
  type SubmittedAudit,
  submittedAudit,
  type TemplateVersion,
  templateVersion,
} from '../audit-fixture.js';
import type { MatrixRole } from '../schema-roles.js';
import { co, type Entry, kit, users } from './harness.js';

/** Who reads findings and rectifications of estates[0] (every scope here covers it). */
const READERS: readonly MatrixRole[] = [
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_MANAGER',
  'ESTATE_STAFF',
];

let version: TemplateVersion | undefined;
let campaignId: string | undefined;

/** A fresh submitted quarterly audit of estates[0] in the matrix campaign, with one finding. */
async function freshAudit(): Promise<SubmittedAudit> {
  version ??= await templateVersion(kit.database, co.id);
  campaignId ??= await campaign(kit.database, co.id, version);
  return submittedAudit(kit.database, {
    companyId: co.id,
    estateId: co.estates[0]!.id,
    version,
    submittedAt: new Date(Date.now() - 86400_000),
    fail: 1,
    avoidCritical: true,
    // One audit per estate and campaign: later ones stand alone.
    campaignId: (await kit.database.raw('select 1 from audits where campaign_id = $1', [campaignId])).length
      ? null
      : campaignId,
    auditorIds: [users.QUALITY_AUDITOR.id],
  });
}

/** A fresh rectification assigned to the matrix's staff member, in `status`. */
async function freshRectification(status = 'IN_PROGRESS'): Promise<string> {
  const id = (await freshAudit()).rectifications[0]!.id;
  await kit.database.raw('update rectifications set assignee_user_id = $2, status = $3 where id = $1', [
    id,
    users.ESTATE_STAFF.id,
    status,
  ]);
  return id;
}

const RECT = 'id status version assignee { id }';
const EVIDENCE = { rootCause: '矩阵原因', correctiveAction: '矩阵措施', evidenceNote: '矩阵证据' };
const write = (mutation: string, type: string, input: Record<string, unknown>) => ({
  query: `mutation($i: ${type}!) { ${mutation}(input: $i) { ${RECT} } }`,
  variables: { i: input },
});

export const rectificationsPermissions: Record<string, Entry> = {
  findings: {
    allowed: READERS,
    sample: async () => {
      await freshAudit();
      return { query: `query { findings(first: 5) { totalCount edges { node { id title severity } } } }` };
    },
    check: (_role, data) => expect((data.findings as { totalCount: number }).totalCount).toBeGreaterThan(0),
  },
  rectifications: {
    allowed: READERS,
    sample: async () => {
      await freshAudit();
      return {
        query: `query { rectifications(first: 5) { totalCount edges { node { ${RECT} overdue } } } }`,
      };
    },
    check: (_role, data) =>
      expect((data.rectifications as { totalCount: number }).totalCount).toBeGreaterThan(0),
  },
  rectification: {
    allowed: READERS,
    sample: async () => ({
      query: `query($id: ID!) { rectification(id: $id) { ${RECT} finding { title } } }`,
      variables: { id: await freshRectification() },
    }),
  },
  auditCampaignOverview: {
    allowed: READERS,
    sample: async () => {
      await freshAudit();
      return {
        query: `query($id: ID!) { auditCampaignOverview(campaignId: $id) { name rows { estateId rank } } }`,
        variables: { id: campaignId },
      };
    },
    check: (_role, data) =>
      expect(
        (data.auditCampaignOverview as { rows: { estateId: string }[] }).rows.map((r) => r.estateId),
      ).toContain(co.estates[0]!.id),
  },
  exportAuditCampaignOverview: {
    allowed: READERS,
    sample: async () => {
      await freshAudit();
      return {
        query: `mutation($i: ExportAuditCampaignOverviewInput!) { exportAuditCampaignOverview(input: $i) { id name } }`,
        variables: { i: { campaignId } },
      };
    },
  },
  assignRectification: {
    allowed: ['COMPANY_ADMIN', 'ESTATE_MANAGER'],
    sample: async () =>
      write('assignRectification', 'AssignRectificationInput', {
        id: await freshRectification(),
        version: 1,
        assigneeUserId: users.ESTATE_MANAGER.id,
      }),
    check: (_role, data) =>
      expect(data.assignRectification).toMatchObject({ assignee: { id: users.ESTATE_MANAGER.id } }),
  },
  updateRectification: {
    // The staff member only because it is assigned to them (audits.rectification.test.ts: not others').
    allowed: ['COMPANY_ADMIN', 'ESTATE_MANAGER', 'ESTATE_STAFF'],
    sample: async () =>
      write('updateRectification', 'UpdateRectificationInput', {
        id: await freshRectification(),
        version: 1,
        ...EVIDENCE,
      }),
  },
  submitRectification: {
    allowed: ['COMPANY_ADMIN', 'ESTATE_MANAGER', 'ESTATE_STAFF'],
    sample: async () =>
      write('submitRectification', 'SubmitRectificationInput', {
        id: await freshRectification(),
        version: 1,
        ...EVIDENCE,
      }),
    check: (_role, data) => expect(data.submitRectification).toMatchObject({ status: 'SUBMITTED' }),
  },
  verifyRectification: {
    // A quarterly audit's: the auditor verifies, the estate does not.
    allowed: ['COMPANY_ADMIN', 'QUALITY_AUDITOR'],
    sample: async () =>
      write('verifyRectification', 'VerifyRectificationInput', {
        id: await freshRectification('SUBMITTED'),
        version: 1,
      }),
    check: (_role, data) => expect(data.verifyRectification).toMatchObject({ status: 'VERIFIED' }),
  },
  reopenRectification: {
    allowed: ['COMPANY_ADMIN', 'QUALITY_AUDITOR'],
    sample: async () =>
      write('reopenRectification', 'ReopenRectificationInput', {
        id: await freshRectification('SUBMITTED'),
        version: 1,
        reason: '矩阵退回',
      }),
    check: (_role, data) => expect(data.reopenRectification).toMatchObject({ status: 'REOPENED' }),
  },
  appealFinding: {
    allowed: ['COMPANY_ADMIN', 'ESTATE_MANAGER'],
    sample: async () => ({
      query: `mutation($i: AppealFindingInput!) { appealFinding(input: $i) { id appeal { status } } }`,
      variables: { i: { findingId: (await freshAudit()).findings[0]!.id, reason: '矩阵申诉' } },
    }),
    check: (_role, data) => expect(data.appealFinding).toMatchObject({ appeal: { status: 'PENDING' } }),
  },
  decideAppeal: {
    allowed: ['COMPANY_ADMIN', 'QUALITY_AUDITOR'],
    sample: async () => {
      const findingId = (await freshAudit()).findings[0]!.id;
      await kit.database.raw(
        `insert into audit_appeals (company_id, finding_id, estate_id, reason, appealed_by, appealed_at)
         select company_id, id, estate_id, '矩阵申诉', $2, now() from audit_findings where id = $1`,
        [findingId, users.ESTATE_MANAGER.id],
      );
      return {
        query: `mutation($i: DecideAppealInput!) { decideAppeal(input: $i) { id appeal { status } } }`,
        variables: { i: { findingId, decision: 'UPHOLD', reason: '矩阵维持' } },
      };
    },
    check: (_role, data) => expect(data.decideAppeal).toMatchObject({ appeal: { status: 'UPHELD' } }),
  },
  rectificationChanged: {
    allowed: READERS,
    sample: () => ({ query: `subscription { rectificationChanged { event rectification { id } } }` }),
    // The manager assigns a rectification of estates[0]: every reader of it hears of it.
    trigger: async () => {
      const id = await freshRectification();
      const res = await kit.gql(
        users.ESTATE_MANAGER.token,
        `mutation($i: AssignRectificationInput!) { assignRectification(input: $i) { id } }`,
        { i: { id, version: 1, assigneeUserId: users.ESTATE_MANAGER.id } },
      );
      if (res.errors) throw new Error(`trigger failed: ${JSON.stringify(res.errors)}`);
    },
    check: (_role, data) =>
      expect(data.rectificationChanged).toMatchObject({
        event: 'ASSIGNED',
        rectification: { id: expect.any(String) },
      }),
  },
};
