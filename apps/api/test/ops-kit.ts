/** Helpers of the estate-operations tests (issue 11 items 5–6): calls that must succeed, error reasons, stored figures. */
import { ESTATE_OPS_INDICATOR_CODES } from '@anju/domain';
import { expect } from 'vitest';
import { setSourcesAside } from '../src/modules/indicators/index.js';
import type { GqlResult, TestKit } from './kit.js';

export async function okOf<T>(
  kit: TestKit,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
) {
  const res = await kit.gql<T>(token, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

export const reasonsOf = (res: GqlResult) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path.join('.')}:${f.reason}`);

/** The figure in force (latest revision) of an estate, month and indicator, as stored. */
export async function storedFigure(kit: TestKit, estateId: string, month: string, code: string) {
  const [row] = await kit.database.raw<{ numerator: string; denominator: string | null; source: string }>(
    `select numerator::text, denominator::text, source from monthly_figures
      where estate_id = $1 and month = $2 and indicator_code = $3 order by revision desc limit 1`,
    [estateId, month, code],
  );
  return row
    ? {
        numerator: Number(row.numerator),
        denominator: row.denominator === null ? null : Number(row.denominator),
        source: row.source,
      }
    : null;
}

/** A fee import file laid out as the template (hidden key row, headers, rows from row 3). */
export async function feeWorkbook(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('收费');
  ws.getRow(1).values = ['month', 'receivable', 'collected', 'note'];
  ws.getRow(2).values = ['月份', '应收金额（元）', '实收金额（元）', '备注'];
  rows.forEach((r, i) => {
    ws.getRow(3 + i).values = r;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * The built-in indicators the estate's records compute (issue 11 item 6): tests of the monthly form,
 * approvals, imports and comparison that type figures of them call `typeOpsFiguresByHand()` after
 * starting their kit, so those codes stay reported for that test file.
 */
export function typeOpsFiguresByHand(): () => void {
  return setSourcesAside(ESTATE_OPS_INDICATOR_CODES);
}
