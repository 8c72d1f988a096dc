/** The comparison module’s operations: who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { expect } from 'vitest';
import { downloaded, type FileRefOf } from '../files.js';
import {
  co,
  type Entry,
  estatesIn,
  INDICATOR_READERS,
  kit,
  reportedMonth,
  tokenOf,
  XLSX,
} from './harness.js';

export const comparisonPermissions: Record<string, Entry> = {
  comparisonMatrix: {
    allowed: INDICATOR_READERS,
    sample: () => ({
      query: `query($f: ComparisonFilter!) { comparisonMatrix(filter: $f) { period rows { estateId regionId cells { indicatorCode value judgement } } } }`,
      variables: { f: { period: reportedMonth, indicatorCodes: ['fee_collection'] } },
    }),
    check: (role, data) => {
      const rows = (data.comparisonMatrix as { rows: { estateId: string; regionId: string | null }[] }).rows;
      const seen = rows.map((r) => r.estateId);
      const [e0, e1, e2] = co.estates.map((e) => e.id);
      // Rows are limited to the estates the caller may read.
      if (role === 'ESTATE_MANAGER') expect(seen).toEqual([e0]);
      else if (role === 'HQ_VIEWER_REGION') {
        expect(seen).toEqual(expect.arrayContaining([e0, e1]));
        expect(rows.every((r) => r.regionId === co.regions[0]!.id)).toBe(true);
      } else expect(seen).toEqual(expect.arrayContaining([e0, e1, e2]));
    },
  },
  missedCommitments: {
    allowed: INDICATOR_READERS,
    sample: () => ({
      query: `query($f: ComparisonFilter!) { missedCommitments(filter: $f) { estateId indicator { code } value target { label } gap } }`,
      variables: { f: { period: reportedMonth, indicatorCodes: ['fee_collection'] } },
    }),
    check: (_role, data) =>
      expect(data.missedCommitments).toEqual([
        {
          estateId: co.estates[0]!.id,
          indicator: { code: 'fee_collection' },
          value: 90,
          target: { label: '≥95%' },
          gap: -5,
        },
      ]),
  },
  indicatorTrend: {
    allowed: INDICATOR_READERS,
    sample: () => ({
      query: `query($e: [ID!]!, $c: [String!]!, $from: String!, $to: String!) { indicatorTrend(estateIds: $e, indicatorCodes: $c, from: $from, to: $to) { estateId indicatorCode points { month value judgement } } }`,
      variables: { e: [co.estates[0]!.id], c: ['fee_collection'], from: reportedMonth, to: reportedMonth },
    }),
    check: (_role, data) =>
      expect(data.indicatorTrend).toEqual([
        {
          estateId: co.estates[0]!.id,
          indicatorCode: 'fee_collection',
          points: [{ month: reportedMonth, value: 90, judgement: 'MISSED' }],
        },
      ]),
  },
  estateScorecard: {
    allowed: INDICATOR_READERS,
    sample: () => ({
      query: `query($e: ID!, $p: String!) { estateScorecard(estateId: $e, period: $p) { estateId period missedCount rankOf } }`,
      variables: { e: co.estates[0]!.id, p: reportedMonth },
    }),
    check: (_role, data) =>
      expect(data.estateScorecard).toMatchObject({
        estateId: co.estates[0]!.id,
        period: reportedMonth,
        missedCount: 1,
      }),
  },
  exportComparison: {
    allowed: INDICATOR_READERS,
    sample: (role) => ({
      query: `mutation($input: ExportComparisonInput!) { exportComparison(input: $input) { id name contentType size } }`,
      variables: {
        input: {
          filter: { period: reportedMonth, indicatorCodes: ['fee_collection'] },
          kind: role === 'HQ_VIEWER' ? 'LEAGUE' : 'MATRIX',
        },
      },
    }),
    check: async (role, data) => {
      const file = data.exportComparison as FileRefOf;
      expect(file.contentType).toBe(XLSX);
      const bytes = await downloaded(kit, tokenOf(role)!, file.id);
      const [e0, e1, e2] = co.estates.map((e) => e.id);
      // The same rows as comparisonMatrix: only estates the caller may read.
      const seen = await estatesIn(bytes);
      if (role === 'ESTATE_MANAGER') expect(seen).toEqual([e0]);
      else if (role === 'HQ_VIEWER_REGION') expect(seen).toEqual([e0, e1]);
      else expect(seen).toEqual([e0, e1, e2]);
    },
  },
};
