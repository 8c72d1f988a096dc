/** The indicators module’s operations: who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { expect } from 'vitest';
import {
  ADMIN_ONLY,
  adminGql,
  CREATE_INDICATOR,
  co,
  type Entry,
  FUTURE_MONTH,
  INDICATOR_READERS,
  newIndicatorInput,
  spareIndicator,
  THIS_MONTH,
} from './harness.js';

export const indicatorsPermissions: Record<string, Entry> = {
  indicators: {
    allowed: INDICATOR_READERS,
    sample: () => ({ query: `query { indicators { code builtIn retired presetA { label } } }` }),
    check: (_role, data) => {
      const list = data.indicators as { code: string; builtIn: boolean }[];
      expect(list.filter((i) => i.builtIn)).toHaveLength(29);
      expect(list.map((i) => i.code)).toEqual(expect.arrayContaining(['house_intact', 'audit_score']));
    },
  },
  indicatorSettings: {
    allowed: INDICATOR_READERS,
    sample: () => ({ query: `query { indicatorSettings { presetNow history { preset effectiveMonth } } }` }),
    // The matrix only ever chooses a preset for a month years ahead: today is still preset A.
    check: (_role, data) => expect(data.indicatorSettings).toMatchObject({ presetNow: 'A' }),
  },
  effectiveTargets: {
    allowed: INDICATOR_READERS,
    sample: () => ({
      query: `query($m: String!, $e: ID) { effectiveTargets(month: $m, estateId: $e) { indicatorCode estateId source target { label } } }`,
      variables: { m: THIS_MONTH, e: co.estates[0]!.id },
    }),
    check: (_role, data) => {
      const list = data.effectiveTargets as { indicatorCode: string; estateId: string }[];
      expect(list.length).toBeGreaterThanOrEqual(29);
      expect(list.every((t) => t.estateId === co.estates[0]!.id)).toBe(true);
    },
  },
  targetHistory: {
    allowed: INDICATOR_READERS,
    sample: () => ({
      query: `query($c: String!, $e: ID) { targetHistory(indicatorCode: $c, estateId: $e) { id effectiveMonth target { label } setByName } }`,
      variables: { c: 'fee_collection', e: co.estates[0]!.id },
    }),
    check: (_role, data) => expect(Array.isArray(data.targetHistory)).toBe(true),
  },
  setIndicatorPreset: {
    allowed: ADMIN_ONLY,
    sample: () => ({
      query: `mutation($input: SetIndicatorPresetInput!) { setIndicatorPreset(input: $input) { presetNow history { preset effectiveMonth } } }`,
      variables: { input: { preset: 'B', effectiveMonth: FUTURE_MONTH } },
    }),
    check: (_role, data) =>
      expect((data.setIndicatorPreset as { history: unknown[] }).history).toContainEqual({
        preset: 'B',
        effectiveMonth: FUTURE_MONTH,
      }),
  },
  setIndicatorTarget: {
    allowed: ADMIN_ONLY,
    // estates[0]: the estate manager's own estate, so a refusal is about the role, not the scope.
    sample: () => ({
      query: `mutation($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { indicatorCode estateId source target { label } } }`,
      variables: {
        input: {
          indicatorCode: 'fee_collection',
          estateId: co.estates[0]!.id,
          op: 'AT_LEAST',
          value: 90,
          effectiveMonth: FUTURE_MONTH,
          reason: '矩阵测试',
        },
      },
    }),
    check: (_role, data) =>
      expect(data.setIndicatorTarget).toMatchObject({
        indicatorCode: 'fee_collection',
        estateId: co.estates[0]!.id,
        source: 'ESTATE',
        target: { label: '≥90%' },
      }),
  },
  createIndicator: {
    allowed: ADMIN_ONLY,
    sample: () => ({ query: CREATE_INDICATOR, variables: { input: newIndicatorInput() } }),
    check: (_role, data, call) =>
      expect(data.createIndicator).toEqual({
        code: (call.variables!.input as { code: string }).code,
        builtIn: false,
        retired: false,
      }),
  },
  retireIndicator: {
    allowed: ADMIN_ONLY,
    sample: async (role) => {
      const code =
        role === 'COMPANY_ADMIN'
          ? (
              await adminGql<{ createIndicator: { code: string } }>(CREATE_INDICATOR, {
                input: newIndicatorInput(),
              })
            ).createIndicator.code
          : spareIndicator;
      return {
        query: `mutation($input: RetireIndicatorInput!) { retireIndicator(input: $input) { code retired } }`,
        variables: { input: { code } },
      };
    },
    check: (_role, data) => expect(data.retireIndicator).toMatchObject({ retired: true }),
  },
};
