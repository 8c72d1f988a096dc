/** The figures module’s operations: who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { downloaded, downloadFile, type FileRefOf, uploadFile } from '../files.js';
import { figuresWorkbook } from '../schema-roles.js';
import {
  APPROVE_FIGURES,
  adminGql,
  co,
  type Entry,
  estate0Code,
  estatesIn,
  FEE_97,
  FIGURE_APPROVERS,
  FIGURE_READERS,
  FIGURE_REPORTERS,
  figuresIn,
  freshMonth,
  kit,
  queuedMonth,
  reportedMonth,
  SAVE_FIGURES,
  SUBMIT_FIGURES,
  tokenOf,
  XLSX,
} from './harness.js';

export const figuresPermissions: Record<string, Entry> = {
  monthlyForm: {
    allowed: FIGURE_READERS,
    sample: () => ({
      query: `query($e: ID!, $m: String!) { monthlyForm(estateId: $e, month: $m) { estateId month state items { indicator { code } figure { value } judgement } } }`,
      variables: { e: co.estates[0]!.id, m: reportedMonth },
    }),
    check: (_role, data) => {
      const form = data.monthlyForm as {
        state: string;
        items: { indicator: { code: string }; figure: { value: number } | null; judgement: string }[];
      };
      expect(form.state).toBe('APPROVED');
      expect(form.items.find((i) => i.indicator.code === 'fee_collection')).toMatchObject({
        figure: { value: 90 },
        judgement: 'MISSED',
      });
    },
  },
  figureHistory: {
    allowed: FIGURE_READERS,
    sample: () => ({
      query: `query($e: ID!, $c: String!, $m: String!) { figureHistory(estateId: $e, indicatorCode: $c, month: $m) { revision value state effective } }`,
      variables: { e: co.estates[0]!.id, c: 'fee_collection', m: reportedMonth },
    }),
    check: (_role, data) =>
      expect(data.figureHistory).toEqual([{ revision: 1, value: 90, state: 'APPROVED', effective: true }]),
  },
  approvalQueue: {
    allowed: FIGURE_APPROVERS,
    sample: () => ({
      query: `query { approvalQueue(first: 100) { totalCount edges { node { estateId month figureCount missedCount } } } }`,
    }),
    check: (_role, data) => {
      const nodes = (data.approvalQueue as { edges: { node: Record<string, unknown> }[] }).edges.map(
        (e) => e.node,
      );
      expect(nodes).toContainEqual({
        estateId: co.estates[0]!.id,
        month: queuedMonth,
        figureCount: 1,
        missedCount: 0,
      });
    },
  },
  saveMonthlyFigures: {
    allowed: FIGURE_REPORTERS,
    sample: () => ({
      query: SAVE_FIGURES,
      variables: { input: { estateId: co.estates[0]!.id, month: freshMonth(), figures: FEE_97 } },
    }),
    check: (_role, data) => expect(data.saveMonthlyFigures).toEqual({ state: 'DRAFT' }),
  },
  submitMonthlyFigures: {
    allowed: FIGURE_REPORTERS,
    sample: async () => ({
      query: SUBMIT_FIGURES,
      variables: { input: { estateId: co.estates[0]!.id, month: await figuresIn('DRAFT') } },
    }),
    check: (_role, data) => expect(data.submitMonthlyFigures).toEqual({ state: 'SUBMITTED' }),
  },
  approveMonthlyFigures: {
    allowed: FIGURE_APPROVERS,
    sample: async () => ({
      query: APPROVE_FIGURES,
      variables: { input: { estateId: co.estates[0]!.id, month: await figuresIn('SUBMITTED') } },
    }),
    check: (_role, data) => expect(data.approveMonthlyFigures).toEqual({ state: 'APPROVED' }),
  },
  rejectMonthlyFigures: {
    allowed: FIGURE_APPROVERS,
    sample: async () => ({
      query: `mutation($input: RejectMonthlyFiguresInput!) { rejectMonthlyFigures(input: $input) { state rejectReason } }`,
      variables: {
        input: { estateId: co.estates[0]!.id, month: await figuresIn('SUBMITTED'), reason: '数据不全' },
      },
    }),
    check: (_role, data) =>
      expect(data.rejectMonthlyFigures).toEqual({ state: 'REJECTED', rejectReason: '数据不全' }),
  },
  correctMonthlyFigure: {
    allowed: FIGURE_REPORTERS,
    sample: async () => ({
      query: `mutation($input: CorrectMonthlyFigureInput!) { correctMonthlyFigure(input: $input) { state items { indicator { code } figure { revision value state } effective { revision } } } }`,
      variables: {
        input: {
          estateId: co.estates[0]!.id,
          month: await figuresIn('APPROVED'),
          indicatorCode: 'fee_collection',
          numerator: 98,
          denominator: 100,
          reason: '漏记一笔',
        },
      },
    }),
    check: (_role, data) => {
      const items = (data.correctMonthlyFigure as { items: { indicator: { code: string } }[] }).items;
      expect(items.find((i) => i.indicator.code === 'fee_collection')).toMatchObject({
        figure: { revision: 2, value: 98, state: 'DRAFT' },
        effective: { revision: 1 },
      });
    },
  },
  exportMonthlyFigureTemplate: {
    allowed: FIGURE_REPORTERS,
    sample: () => ({
      query: `mutation($input: ExportMonthlyFigureTemplateInput!) { exportMonthlyFigureTemplate(input: $input) { id name contentType size } }`,
      variables: { input: { month: reportedMonth } },
    }),
    check: async (role, data) => {
      const file = data.exportMonthlyFigureTemplate as FileRefOf;
      expect(file.contentType).toBe(XLSX);
      // The caller downloads it from /files.
      const bytes = await downloaded(kit, tokenOf(role)!, file.id);
      expect(bytes.length).toBe(file.size);
      const [e0, e1, e2] = co.estates.map((e) => e.id);
      // One row per estate the caller reports for.
      if (role === 'ESTATE_MANAGER') expect(await estatesIn(bytes)).toEqual([e0]);
      else expect(await estatesIn(bytes)).toEqual([e0, e1, e2]);
    },
  },
  importMonthlyFigures: {
    allowed: FIGURE_REPORTERS,
    sample: async (role) => {
      const month = freshMonth();
      const bytes = await figuresWorkbook(month, [
        {
          estateCode: estate0Code,
          values: { 'fee_collection.numerator': 97, 'fee_collection.denominator': 100 },
        },
      ]);
      // Each role names its own upload (a file id serves its uploader only); callers without a
      // company cannot upload, and name an id that exists nowhere.
      const token = tokenOf(role);
      const upload = token ? await uploadFile(kit, token, bytes, 'figures.xlsx') : null;
      return {
        query: `mutation($input: ImportMonthlyFiguresInput!) { importMonthlyFigures(input: $input) { estateCount figureCount } }`,
        variables: { input: { month, fileId: upload?.status === 201 ? upload.body.id : randomUUID() } },
      };
    },
    check: async (role, data, call) => {
      expect(data.importMonthlyFigures).toEqual({ estateCount: 1, figureCount: 1 });
      const { month, fileId } = call.variables!.input as { month: string; fileId: string };
      const form = await adminGql<{ monthlyForm: { state: string } }>(
        `query($e: ID!, $m: String!) { monthlyForm(estateId: $e, month: $m) { state } }`,
        { e: co.estates[0]!.id, m: month },
      );
      expect(form.monthlyForm.state).toBe('DRAFT');
      // The import used the upload up.
      expect((await downloadFile(kit, tokenOf(role), fileId)).status).toBe(404);
    },
  },
  figuresChanged: {
    allowed: FIGURE_READERS,
    sample: () => ({ query: `subscription { figuresChanged { estateId month state } }` }),
    trigger: async () => {
      await figuresIn('DRAFT');
    },
    check: (_role, data) =>
      expect(data.figuresChanged).toMatchObject({ estateId: co.estates[0]!.id, state: 'DRAFT' }),
  },
  indicatorAlert: {
    allowed: FIGURE_READERS,
    sample: () => ({
      query: `subscription { indicatorAlert { estateId indicatorCode month value target { label } } }`,
    }),
    // An approved 50% misses preset A's ≥95%: HQ and the estate's manager hear of it.
    trigger: async () => {
      await figuresIn('APPROVED', [{ indicatorCode: 'fee_collection', numerator: 50, denominator: 100 }]);
    },
    check: (_role, data) =>
      expect(data.indicatorAlert).toMatchObject({
        estateId: co.estates[0]!.id,
        indicatorCode: 'fee_collection',
        value: 50,
        target: { label: '≥95%' },
      }),
  },
};
