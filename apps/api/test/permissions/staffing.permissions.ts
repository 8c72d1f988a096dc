/** Staffing compliance and the staffing indicators' drill-down (issue 10 items 4 and 6): who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { expect } from 'vitest';
import { downloaded, type FileRefOf } from '../files.js';
import {
  addCertificate,
  addPerson,
  addTraining,
  daysFrom,
  staffedFromTemplate,
  todayOf,
  yearsFrom,
} from '../staffing-fixture.js';
import { co, type Entry, INDICATOR_READERS, kit, THIS_MONTH, tokenOf, users } from './harness.js';

/** Who sees staffing compliance: whoever may compare estates (Comparison read), over their estates. */
export const STAFFING_READERS = INDICATOR_READERS;

let team: Promise<void> | undefined;
/**
 * estates[0] staffed from the template once (by the admin), with a guard whose certificate has
 * expired, a cleaner past an age limit and a training record of the estate manager this month.
 */
function staffedEstate(): Promise<void> {
  team ??= (async () => {
    const e0 = co.estates[0]!.id;
    const p = await staffedFromTemplate(kit, users.COMPANY_ADMIN.token, e0);
    const today = todayOf(kit);
    await kit.database.raw('update positions set age_max = 30 where id = $1', [p.CLEANER!.id]);
    const guard = await addPerson(kit.database, co.id, e0, p.SECURITY_GUARD!, {
      name: '矩阵保安',
      hireDate: '2020-01-01',
    });
    await addCertificate(kit.database, co.id, e0, guard, 'SECURITY_GUARD', daysFrom(today, -3));
    await addPerson(kit.database, co.id, e0, p.CLEANER!, {
      name: '矩阵保洁',
      hireDate: '2020-01-01',
      birthDate: yearsFrom(today, -50),
    });
    const boss = await addPerson(kit.database, co.id, e0, p.ESTATE_MANAGER!, {
      name: '矩阵经理',
      hireDate: '2020-01-01',
    });
    await addTraining(kit.database, co.id, e0, boss, `${THIS_MONTH}-01`, true);
  })();
  return team;
}

export const staffingPermissions: Record<string, Entry> = {
  staffingCompliance: {
    allowed: STAFFING_READERS,
    sample: async () => {
      await staffedEstate();
      return {
        query: `query($e: ID!) { staffingCompliance(estateId: $e) { estateId planned actual vacancies score namesHidden certificateIssues { staffName state } ageBreaches { staffName breach limit age } } }`,
        variables: { e: co.estates[0]!.id },
      };
    },
    check: (role, data) => {
      const c = data.staffingCompliance as {
        planned: number;
        namesHidden: boolean;
        certificateIssues: { staffName: string; state: string }[];
        ageBreaches: { staffName: string; age: number | null }[];
      };
      // 16 from the template, plus what the team list's samples added to estates[0] before.
      expect(c.planned).toBeGreaterThanOrEqual(16);
      expect(c.namesHidden).toBe(false);
      expect(c.certificateIssues).toContainEqual({ staffName: '矩阵保安', state: 'EXPIRED' });
      // The age reads the birth date: only the admin and the estate's manager get it.
      const age = c.ageBreaches.find((b) => b.staffName === '矩阵保洁')!.age;
      expect(age).toBe(role === 'COMPANY_ADMIN' || role === 'ESTATE_MANAGER' ? 50 : null);
    },
  },
  staffingComplianceTable: {
    allowed: STAFFING_READERS,
    sample: async () => {
      await staffedEstate();
      return {
        query: `query($r: ID) { staffingComplianceTable(regionId: $r) { rank estateId planned actual score certificateProblems ageProblems } }`,
        variables: {},
      };
    },
    check: (role, data) => {
      const rows = data.staffingComplianceTable as { estateId: string; planned: number }[];
      const [e0, e1, e2] = co.estates.map((e) => e.id);
      const seen = rows.map((r) => r.estateId);
      if (role === 'ESTATE_MANAGER') expect(seen).toEqual([e0]);
      else if (role === 'HQ_VIEWER_REGION') {
        expect(seen).toEqual(expect.arrayContaining([e0, e1]));
        expect(seen).not.toContain(e2);
      } else expect(seen).toEqual(expect.arrayContaining([e0, e1, e2]));
      expect(rows.find((r) => r.estateId === e0)!.planned).toBeGreaterThanOrEqual(16);
    },
  },
  exportStaffingCompliance: {
    allowed: STAFFING_READERS,
    sample: async () => {
      await staffedEstate();
      return {
        query: `mutation($input: ExportStaffingComplianceInput!) { exportStaffingCompliance(input: $input) { id name contentType size } }`,
        variables: { input: {} },
      };
    },
    check: async (role, data) => {
      const file = data.exportStaffingCompliance as FileRefOf;
      const text = (await downloaded(kit, tokenOf(role)!, file.id)).toString('latin1');
      expect(text.startsWith('PK')).toBe(true);
    },
  },
  staffingIndicatorDrillDown: {
    allowed: STAFFING_READERS,
    sample: async () => {
      await staffedEstate();
      return {
        query: `query($e: ID!, $c: String!, $m: String!) { staffingIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) { numerator denominator namesHidden rows { staffName reason } } }`,
        variables: { e: co.estates[0]!.id, c: 'training_pass', m: THIS_MONTH },
      };
    },
    check: (_role, data) =>
      expect(data.staffingIndicatorDrillDown).toEqual({
        numerator: 1,
        denominator: 1,
        namesHidden: false,
        rows: [{ staffName: '矩阵经理', reason: 'PASSED' }],
      }),
  },
};
