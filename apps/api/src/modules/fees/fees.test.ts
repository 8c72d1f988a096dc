import 'reflect-metadata';
/**
 * Fees through GraphQL (issue 11 items 5, 6, 9): a month entered and corrected under optimistic
 * locking, the fee_collection figure recomputed in the same transaction for that estate and month
 * only, the .xlsx template, export and import (all or nothing, errors by row and column), the
 * drill-down, and who may do what.
 */
import { addMonths } from '@anju/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloaded, uploaded } from '../../../test/files.js';
import {
  codeOf,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
  THIS_MONTH,
} from '../../../test/kit.js';
import { okOf, reasonsOf, storedFigure } from '../../../test/ops-kit.js';

let kit: TestKit;
let co: TestCompany;
let viewer: TestUser;
let manager: TestUser;
let staff: TestUser;
let committee: TestUser;
let elsewhere: TestUser;
let estate: string;
const LAST = addMonths(THIS_MONTH, -1);

const OUT = 'id estateId month receivable collected rate note version';
const SAVE = `mutation($i: SaveFeeCollectionInput!) { saveFeeCollection(input: $i) { ${OUT} } }`;
const LIST = `query($e: ID!, $y: Int) { feeCollections(estateId: $e, year: $y) { ${OUT} } }`;
const EXPORT = `mutation($i: ExportFeeCollectionsInput!) { exportFeeCollections(input: $i) { id name contentType } }`;
const IMPORT = `mutation($i: ImportFeeCollectionsInput!) { importFeeCollections(input: $i) { estateId saved collections { ${OUT} } } }`;
const DRILL = `query($e: ID!, $c: String!, $m: String!) { feeIndicatorDrillDown(estateId: $e, indicatorCode: $c, month: $m) { numerator denominator value rows { month receivable collected } } }`;

interface Fee {
  id: string;
  month: string;
  receivable: string;
  collected: string;
  rate: number | null;
  version: number;
}

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  estate = co.estates[0]!.id;
  [viewer, manager, staff, committee] = await Promise.all([
    co.user('HQ_VIEWER'),
    co.user('ESTATE_MANAGER'),
    co.user('ESTATE_STAFF'),
    co.user('COMMITTEE_MEMBER'),
  ]);
  elsewhere = await co.user('ESTATE_MANAGER', { estateIds: [co.estates[1]!.id] });
});
afterAll(() => kit?.close());

async function workbook(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const template = await okOf<{ exportFeeCollections: { id: string } }>(kit, manager.token, EXPORT, {
    i: { estateId: estate, template: true },
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await downloaded(kit, manager.token, template.exportFeeCollections.id)) as never);
  const ws = wb.getWorksheet('收费')!;
  rows.forEach((r, i) => {
    ws.getRow(3 + i).values = r;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a month of fees', () => {
  it('is saved in fen, read back exactly, and computes fee_collection for that estate and month only', async () => {
    const saved = (
      await okOf<{ saveFeeCollection: Fee }>(kit, staff.token, SAVE, {
        i: { estateId: estate, month: LAST, receivable: '100000.10', collected: '96500.05', note: '含补缴' },
      })
    ).saveFeeCollection;
    expect(saved).toMatchObject({ month: LAST, receivable: '100000.10', collected: '96500.05', version: 1 });
    expect(saved.rate).toBeCloseTo(96.49995, 4);
    const [row] = await kit.database.raw<{ receivable_fen: string; collected_fen: string }>(
      'select receivable_fen::text, collected_fen::text from fee_collections where id = $1',
      [saved.id],
    );
    expect(row).toEqual({ receivable_fen: '10000010', collected_fen: '9650005' });
    expect(await storedFigure(kit, estate, LAST, 'fee_collection')).toEqual({
      numerator: 96500.05,
      denominator: 100000.1,
      source: 'COMPUTED',
    });
    // Nothing for the other estates or months.
    expect(await storedFigure(kit, co.estates[1]!.id, LAST, 'fee_collection')).toBeNull();
    expect(await storedFigure(kit, estate, THIS_MONTH, 'fee_collection')).toBeNull();

    const drill = await okOf<{
      feeIndicatorDrillDown: { numerator: number; value: number; rows: unknown[] };
    }>(kit, viewer.token, DRILL, { e: estate, c: 'fee_collection', m: LAST });
    expect(drill.feeIndicatorDrillDown).toMatchObject({
      numerator: 96500.05,
      denominator: 100000.1,
      rows: [{ month: LAST, receivable: '100000.10', collected: '96500.05' }],
    });
  });

  it('is corrected with its version; a stale version is a CONFLICT and changes nothing', async () => {
    const list = (await okOf<{ feeCollections: Fee[] }>(kit, manager.token, LIST, { e: estate }))
      .feeCollections;
    const before = list.find((f) => f.month === LAST)!;
    const changed = (
      await okOf<{ saveFeeCollection: Fee }>(kit, manager.token, SAVE, {
        i: {
          estateId: estate,
          month: LAST,
          receivable: '100000.10',
          collected: '100000.10',
          version: before.version,
        },
      })
    ).saveFeeCollection;
    expect(changed.version).toBe(before.version + 1);
    expect((await storedFigure(kit, estate, LAST, 'fee_collection'))!.numerator).toBe(100000.1);
    const stale = await kit.gql(manager.token, SAVE, {
      i: { estateId: estate, month: LAST, receivable: '1', collected: '0', version: before.version },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    // A second "new" record of the same month races with the first: CONFLICT as well.
    const again = await kit.gql(manager.token, SAVE, {
      i: { estateId: estate, month: LAST, receivable: '1', collected: '0' },
    });
    expect(codeOf(again)).toBe('CONFLICT');
    expect((await storedFigure(kit, estate, LAST, 'fee_collection'))!.numerator).toBe(100000.1);
  });

  it('refuses bad amounts, collected above receivable and future months, by field', async () => {
    const bad = await kit.gql(manager.token, SAVE, {
      i: { estateId: estate, month: addMonths(THIS_MONTH, 1), receivable: '12.345', collected: '-1' },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(reasonsOf(bad)).toEqual(['receivable:INVALID', 'collected:INVALID']);
    const over = await kit.gql(manager.token, SAVE, {
      i: { estateId: estate, month: THIS_MONTH, receivable: '10', collected: '10.01' },
    });
    expect(reasonsOf(over)).toEqual(['collected:EXCEEDS_RECEIVABLE']);
    const future = await kit.gql(manager.token, SAVE, {
      i: { estateId: estate, month: addMonths(THIS_MONTH, 1), receivable: '10', collected: '1' },
    });
    expect(reasonsOf(future)).toEqual(['month:FUTURE']);
  });

  it('is refused to roles that may not record fees there (refusal before validation)', async () => {
    for (const who of [viewer, committee, elsewhere]) {
      const res = await kit.gql(who.token, SAVE, {
        i: { estateId: estate, month: 'nonsense', receivable: 'x', collected: 'y' },
      });
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(res));
    }
    expect(codeOf(await kit.gql(committee.token, LIST, { e: estate }))).toBe('NOT_FOUND');
    expect(codeOf(await kit.gql(committee.token, DRILL, { e: estate, c: 'fee_collection', m: LAST }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await kit.gql(staff.token, DRILL, { e: estate, c: 'fee_collection', m: LAST }))).toBe(
      'NOT_FOUND',
    );
    const wrong = await kit.gql(viewer.token, DRILL, { e: estate, c: 'satisfaction', m: LAST });
    expect(reasonsOf(wrong)).toEqual(['indicatorCode:INVALID']);
  });
});

describe('the .xlsx import', () => {
  it('saves every month of the file and recomputes each, overwriting a month on record', async () => {
    const m2 = addMonths(THIS_MONTH, -2);
    const m3 = addMonths(THIS_MONTH, -3);
    const file = await uploaded(
      kit,
      manager.token,
      await workbook([
        [m3, '50000', '45000.5', '三月'],
        [m2, 60000, 59000, null],
        [LAST, '100000.10', '90000', null],
      ]),
    );
    const res = await okOf<{ importFeeCollections: { saved: number; collections: Fee[] } }>(
      kit,
      manager.token,
      IMPORT,
      { i: { estateId: estate, fileId: file } },
    );
    expect(res.importFeeCollections.saved).toBe(3);
    expect(res.importFeeCollections.collections.map((c) => [c.month, c.receivable, c.collected])).toEqual([
      [m3, '50000.00', '45000.50'],
      [m2, '60000.00', '59000.00'],
      [LAST, '100000.10', '90000.00'],
    ]);
    expect(await storedFigure(kit, estate, m3, 'fee_collection')).toMatchObject({
      numerator: 45000.5,
      denominator: 50000,
    });
    expect((await storedFigure(kit, estate, LAST, 'fee_collection'))!.numerator).toBe(90000);
    // The export reads back what was saved.
    const exported = await okOf<{ exportFeeCollections: { id: string; name: string } }>(
      kit,
      viewer.token,
      EXPORT,
      {
        i: { estateId: estate },
      },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await downloaded(kit, viewer.token, exported.exportFeeCollections.id)) as never);
    const ws = wb.getWorksheet('收费')!;
    expect(ws.getRow(3).values).toEqual([undefined, m3, '50000.00', '45000.50', '三月']);
  });

  it('is all or nothing: every bad cell reported by row and column, nothing saved', async () => {
    const before = (await okOf<{ feeCollections: Fee[] }>(kit, manager.token, LIST, { e: estate }))
      .feeCollections;
    const file = await uploaded(
      kit,
      manager.token,
      await workbook([
        [addMonths(THIS_MONTH, -5), '100', '50', null],
        ['2024-13', '100', '50', null],
        [addMonths(THIS_MONTH, -6), '100', '150', null],
        [addMonths(THIS_MONTH, -5), '1', '1', null],
        [addMonths(THIS_MONTH, 2), '1', '1', null],
      ]),
    );
    const res = await kit.gql(manager.token, IMPORT, { i: { estateId: estate, fileId: file } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(reasonsOf(res)).toEqual([
      'rows.4.A:INVALID',
      'rows.5.C:EXCEEDS_RECEIVABLE',
      'rows.6.A:DUPLICATE',
      'rows.7.A:FUTURE',
    ]);
    expect(
      (await okOf<{ feeCollections: Fee[] }>(kit, manager.token, LIST, { e: estate })).feeCollections,
    ).toEqual(before);
    // The upload was not used up: the caller may fix and retry, but a file of another kind is refused.
    const notTemplate = new ExcelJS.Workbook();
    notTemplate.addWorksheet('x').getRow(1).values = ['a', 'b'];
    const other = await uploaded(kit, manager.token, new Uint8Array(await notTemplate.xlsx.writeBuffer()));
    expect(
      reasonsOf(await kit.gql(manager.token, IMPORT, { i: { estateId: estate, fileId: other } })),
    ).toEqual(['fileId:NOT_TEMPLATE']);
  });

  it('is refused to HQ viewers and to a manager of another estate', async () => {
    const file = await uploaded(kit, viewer.token, await workbook([[LAST, '1', '1', null]]));
    expect(codeOf(await kit.gql(viewer.token, IMPORT, { i: { estateId: estate, fileId: file } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await kit.gql(elsewhere.token, IMPORT, { i: { estateId: estate, fileId: file } }))).toBe(
      'NOT_FOUND',
    );
  });
});
