/**
 * Complaints (issue 11 item 3): who may run each operation (see permission-matrix.test.ts).
 * Complaints of estates[0] are read by HQ (admin, auditor, viewers of the company and of region 0),
 * its manager, and its staff — the matrix's staff member reads what they received (首问责任制: the
 * samples have them log it) and works it. The committee sees nothing. The complainant's phone is
 * checked in each allowed answer: the admin, the manager and the first receiver read it, HQ never.
 */
import { expect } from 'vitest';
import type { MatrixRole } from '../schema-roles.js';
import { co, type Entry, FIGURE_READERS, kit, THIS_MONTH, tokenOf, users } from './harness.js';

const READERS: readonly MatrixRole[] = [
  'COMPANY_ADMIN',
  'QUALITY_AUDITOR',
  'HQ_VIEWER',
  'HQ_VIEWER_REGION',
  'ESTATE_MANAGER',
  'ESTATE_STAFF',
];
const WORKERS: readonly MatrixRole[] = ['COMPANY_ADMIN', 'ESTATE_MANAGER', 'ESTATE_STAFF'];
const PHONE = '13755556666';

const OUT =
  'id status version valid postponedAt complainantName complainantPhone personalDataVisible nextSteps';
const CREATE = `mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { ${OUT} } }`;

interface Out {
  id: string;
  status: string;
  version: number;
  complainantPhone: string | null;
  personalDataVisible: boolean;
}

const input = () => ({
  estateId: co.estates[0]!.id,
  category: 'CUSTOMER_SERVICE',
  channel: 'FRONT_DESK',
  description: '矩阵投诉：前台无人接听',
  complainantName: '矩阵投诉人',
  complainantPhone: PHONE,
});

/** A fresh complaint of estates[0] received by `token`'s user (the admin by default). */
async function freshComplaint(token = users.COMPANY_ADMIN.token): Promise<Out> {
  const res = await kit.gql<{ createComplaint: Out }>(token, CREATE, { i: input() });
  if (res.errors) throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return res.data!.createComplaint;
}

/** The staff member works what they received; the others a complaint the admin received. */
const complaintFor = (role: MatrixRole) =>
  freshComplaint(role === 'ESTATE_STAFF' ? tokenOf('ESTATE_STAFF')! : users.COMPANY_ADMIN.token);

function expectPersonal(role: MatrixRole, c: Out) {
  if (WORKERS.includes(role)) expect(c).toMatchObject({ complainantPhone: PHONE, personalDataVisible: true });
  else expect(c).toMatchObject({ complainantPhone: null, personalDataVisible: false });
}

let shared: Promise<Out> | undefined;
/** One complaint the read samples share: received by the matrix's staff member. */
const sharedComplaint = () => {
  shared ??= freshComplaint(tokenOf('ESTATE_STAFF')!);
  return shared;
};

const later = () => new Date(kit.app.services.clock().getTime() + 72 * 3_600_000).toISOString();

export const complaintsPermissions: Record<string, Entry> = {
  complaints: {
    allowed: READERS,
    sample: async () => {
      await sharedComplaint();
      return {
        query: `query($f: ComplaintFilter!) { complaints(filter: $f, first: 100) { totalCount edges { node { ${OUT} } } } }`,
        variables: { f: { estateId: co.estates[0]!.id } },
      };
    },
    check: async (role, data) => {
      const c = await sharedComplaint();
      const found = (data.complaints as { edges: { node: Out }[] }).edges
        .map((e) => e.node)
        .find((n) => n.id === c.id);
      expect(found).toBeDefined();
      expectPersonal(role, found!);
    },
  },
  complaint: {
    allowed: READERS,
    sample: async () => ({
      query: `query($id: ID!) { complaint(id: $id) { ${OUT} } }`,
      variables: { id: (await sharedComplaint()).id },
    }),
    check: (role, data) => expectPersonal(role, data.complaint as Out),
  },
  complaintIndicatorDrillDown: {
    allowed: FIGURE_READERS,
    sample: async () => {
      await sharedComplaint();
      return {
        query: `query($e: ID!, $c: String!, $m: String!) { complaintIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) { numerator denominator namesHidden rows { complaintId complainantName } } }`,
        variables: { e: co.estates[0]!.id, c: 'complaint_valid_rate', m: THIS_MONTH },
      };
    },
    check: (role, data) => {
      const d = data.complaintIndicatorDrillDown as {
        namesHidden: boolean;
        rows: { complainantName: string | null }[];
      };
      if (role === 'COMPANY_ADMIN' || role === 'ESTATE_MANAGER') expect(d.namesHidden).toBe(false);
      else {
        expect(d.namesHidden).toBe(true);
        expect(d.rows.every((r) => r.complainantName === null)).toBe(true);
      }
    },
  },
  createComplaint: {
    allowed: WORKERS,
    sample: () => ({ query: CREATE, variables: { i: input() } }),
    check: (role, data) => {
      expect(data.createComplaint).toMatchObject({ status: 'OPEN', version: 1 });
      expectPersonal(role, data.createComplaint as Out);
    },
  },
  ruleComplaint: {
    allowed: WORKERS,
    sample: async (role) => {
      const c = await complaintFor(role);
      return {
        query: `mutation($i: RuleComplaintInput!) { ruleComplaint(input: $i) { ${OUT} } }`,
        variables: { i: { id: c.id, version: c.version, valid: true, reason: '矩阵判定有效' } },
      };
    },
    check: (_role, data) => expect(data.ruleComplaint).toMatchObject({ valid: true }),
  },
  postponeComplaint: {
    allowed: WORKERS,
    sample: async (role) => {
      const c = await complaintFor(role);
      return {
        query: `mutation($i: PostponeComplaintInput!) { postponeComplaint(input: $i) { ${OUT} } }`,
        variables: { i: { id: c.id, version: c.version, newFeedbackAt: later(), reason: '矩阵延期' } },
      };
    },
    check: (_role, data) =>
      expect((data.postponeComplaint as { postponedAt: string | null }).postponedAt).not.toBeNull(),
  },
  resolveComplaint: {
    allowed: WORKERS,
    sample: async (role) => {
      const c = await complaintFor(role);
      return {
        query: `mutation($i: ResolveComplaintInput!) { resolveComplaint(input: $i) { ${OUT} } }`,
        variables: { i: { id: c.id, version: c.version, resolution: '矩阵处理', satisfaction: 'SATISFIED' } },
      };
    },
    check: (_role, data) => expect(data.resolveComplaint).toMatchObject({ status: 'RESOLVED' }),
  },
  complaintChanged: {
    allowed: READERS,
    sample: () => ({
      query: `subscription($e: ID!) { complaintChanged(estateId: $e) { event complaintId complaint { ${OUT} } } }`,
      variables: { e: co.estates[0]!.id },
    }),
    // Received by the matrix's staff member: every reader hears of it.
    trigger: async () => {
      await freshComplaint(tokenOf('ESTATE_STAFF')!);
    },
    check: (role, data) => {
      const event = data.complaintChanged as { complaint: Out | null };
      expect(event.complaint).not.toBeNull();
      expectPersonal(role, event.complaint!);
    },
  },
};
