/** The rosters' operations (issue 10, item 3): who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { crewShifts, datesBetween, ROSTER_ANCHOR } from '@anju/domain';
import { expect } from 'vitest';
import { downloaded, type FileRefOf } from '../files.js';
import {
  EDIT,
  EXPORT,
  GENERATE,
  insertStaff,
  MONTHS,
  MY_SHIFTS,
  ROSTER,
  staffedEstate,
} from '../rosters-kit.js';
import { adminGql, co, type Entry, kit, tokenOf, users, XLSX } from './harness.js';
import { TEAM_MANAGERS, TEAM_READERS } from './team.permissions.js';

/** Shift read: HQ (the auditor, viewers of the whole company or of region 0) and estates[0]'s manager and staff. */
export const ROSTER_READERS = TEAM_READERS;
/** Shift create / update: the company admin and the estate's manager. */
export const ROSTER_EDITORS = TEAM_MANAGERS;

const MONTH = '2024-12';
/** A plain day shift of crew A in the month: where the samples assign a day shift. */
const DAY_OF_CREW_A = datesBetween(`${MONTH}-01`, `${MONTH}-31`).find(
  (d) => crewShifts('TWO_CREWS', 'A', ROSTER_ANCHOR, d).join() === 'DAY',
)!;

interface Fixture {
  security: string;
  guard: string;
}
let fixture: Promise<Fixture> | undefined;
/**
 * estates[0] staffed from the template, four guards (the first is the matrix's staff user's own
 * record) and the SECURITY department's roster of MONTH generated, once, by the admin.
 */
function rostered(): Promise<Fixture> {
  fixture ??= (async () => {
    const estate = await staffedEstate(kit, users.COMPANY_ADMIN.token, co.estates[0]!.id);
    const [guard] = await insertStaff(kit, co.id, estate, [
      { name: '矩阵保安一', userId: users.ESTATE_STAFF.id },
      { name: '矩阵保安二' },
      { name: '矩阵保安三' },
      { name: '矩阵保安四' },
    ]);
    const security = estate.departments.SECURITY!;
    await adminGql(GENERATE, { input: { departmentId: security, month: MONTH } });
    return { security, guard: guard! };
  })();
  return fixture;
}

async function currentVersion(security: string): Promise<number> {
  const data = await adminGql<{ roster: { version: number } }>(ROSTER, {
    departmentId: security,
    month: MONTH,
  });
  return data.roster.version;
}

export const rostersPermissions: Record<string, Entry> = {
  roster: {
    allowed: ROSTER_READERS,
    sample: async () => ({
      query: ROSTER,
      variables: { departmentId: (await rostered()).security, month: MONTH },
    }),
    check: (_role, data) => {
      const r = data.roster as { rows: unknown[]; coverage: { gaps: unknown[] } };
      // The four guards; gaps depend on the edit samples that ran before (leave opens one).
      expect(r.rows).toHaveLength(4);
      expect(Array.isArray(r.coverage.gaps)).toBe(true);
    },
  },
  rosterMonths: {
    allowed: ROSTER_READERS,
    sample: async () => {
      await rostered();
      return { query: MONTHS, variables: { estateId: co.estates[0]!.id, month: MONTH } };
    },
    check: (_role, data) =>
      expect(
        (data.rosterMonths as { departmentCode: string; generated: boolean }[]).find(
          (m) => m.departmentCode === 'SECURITY',
        ),
      ).toMatchObject({ generated: true }),
  },
  myShifts: {
    allowed: ROSTER_READERS,
    sample: async () => {
      await rostered();
      return { query: MY_SHIFTS, variables: { from: `${MONTH}-01`, to: `${MONTH}-31` } };
    },
    // Only the staff user has a staff record: their 31 days; everyone else's list is empty.
    check: (role, data) => expect((data.myShifts as unknown[]).length).toBe(role === 'ESTATE_STAFF' ? 31 : 0),
  },
  generateRoster: {
    allowed: ROSTER_EDITORS,
    sample: async () => ({
      query: GENERATE,
      variables: { input: { departmentId: (await rostered()).security, month: MONTH, replace: true } },
    }),
    check: (_role, data) => expect((data.generateRoster as { rows: unknown[] }).rows).toHaveLength(4),
  },
  editRosterDay: {
    allowed: ROSTER_EDITORS,
    sample: async () => {
      const { security, guard } = await rostered();
      return {
        query: EDIT,
        variables: {
          input: {
            departmentId: security,
            staffId: guard,
            day: DAY_OF_CREW_A,
            kind: 'ASSIGN',
            shifts: ['DAY'],
            expectedVersion: await currentVersion(security),
          },
        },
      };
    },
    check: (_role, data, call) => {
      const r = data.editRosterDay as {
        rows: { staffId: string; days: { day: string; shifts: string[]; editKind: string | null }[] }[];
      };
      const { staffId } = call.variables!.input as { staffId: string };
      const day = r.rows.find((x) => x.staffId === staffId)!.days.find((d) => d.day === DAY_OF_CREW_A);
      expect(day).toMatchObject({ shifts: ['DAY'], editKind: 'ASSIGN' });
    },
  },
  exportRoster: {
    allowed: ROSTER_READERS,
    sample: async () => ({
      query: EXPORT,
      variables: { input: { departmentId: (await rostered()).security, month: MONTH } },
    }),
    check: async (role, data) => {
      const file = data.exportRoster as FileRefOf;
      expect(file.contentType).toBe(XLSX);
      expect((await downloaded(kit, tokenOf(role)!, file.id)).length).toBe(file.size);
    },
  },
};
