import { fireEvent, screen, within } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chineseIn, fakeApi, renderWithProviders } from '../../test/render';
import { columnTexts, sortBy } from '../../test/table';
import { ImportModal, rowProblems } from './ImportModal';

afterEach(() => vi.unstubAllGlobals());

describe('Excel import', () => {
  it('reads rows and columns from the problem paths', () => {
    expect(
      rowProblems([
        { path: ['rows', 7, 'D'], reason: 'NEGATIVE', message: 'x' },
        { path: ['base64'], reason: 'NOT_TEMPLATE', message: 'y' },
      ]).map(({ row, column }) => ({ row, column })),
    ).toEqual([
      { row: 7, column: 'D' },
      { row: null, column: null },
    ]);
  });

  it('lists every bad cell of a refused file by row and column', async () => {
    const sent: { operationName: string; variables: { input: { month: string; base64: string } } }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        sent.push(JSON.parse(String(init.body)));
        return new Response(
          JSON.stringify({
            data: null,
            errors: [
              {
                message: '导入失败',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    {
                      path: ['rows', 3, 'C'],
                      reason: 'EXCEEDS_DENOMINATOR',
                      message: '第 3 行 C 列：完好房屋数不能大于检查房屋数',
                    },
                    {
                      path: ['rows', 4, 'A'],
                      reason: 'NOT_FOUND',
                      message: '第 4 行 A 列：小区编号 NOPE-1 不存在或无权填报',
                    },
                  ],
                },
              },
            ],
          }),
          { headers: { 'content-type': 'application/json' } },
        );
      }),
    );
    const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
    const onImported = vi.fn();
    renderWithProviders(
      <Provider value={client}>
        <ImportModal month="2026-10" onClose={() => {}} onImported={onImported} />
      </Provider>,
    );
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'figures.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    fireEvent.change(input, { target: { files: [file] } });

    const table = await screen.findByTestId('import-problems');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent))).toEqual([
      ['3', 'C'],
      ['4', 'A'],
    ]);
    // Translated by reason: the cell named by its row and column (the API sends no header param).
    expect(within(table).getByText('第 3 行 C 列不能大于分母')).toBeTruthy();
    expect(within(table).getByText('第 4 行 A 列不存在或无权访问')).toBeTruthy();
    expect(screen.getByText('导入失败：2 处错误，没有保存任何数据')).toBeTruthy();
    expect(sent[0]?.variables.input).toEqual({ month: '2026-10', base64: 'UEsDBA==' });
    expect(onImported).not.toHaveBeenCalled();
  });

  it('names the column in the page’s language from the problem’s params (English)', async () => {
    fakeApi({
      ImportMonthlyFigures: {
        data: null,
        errors: [
          {
            message: '导入失败',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                {
                  path: ['rows', 3, 'C'],
                  reason: 'EXCEEDS_DENOMINATOR',
                  message: '第 3 行 C 列（房屋完好率 · 完好房屋数）：完好房屋数不能大于检查房屋数',
                  params: { indicatorCode: 'house_intact', part: 'numerator' },
                },
                {
                  path: ['rows', 4, 'A'],
                  reason: 'NOT_FOUND',
                  message: '第 4 行 A 列（小区编号）：小区编号 NOPE-1 不存在或无权填报',
                  params: { column: 'estateCode' },
                },
              ],
            },
          },
        ],
      },
    });
    const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
    renderWithProviders(
      <Provider value={client}>
        <ImportModal month="2026-10" onClose={() => {}} onImported={() => {}} />
      </Provider>,
      { lang: 'en-US' },
    );
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([80, 75, 3, 4])], 'f.xlsx')] } });
    const table = await screen.findByTestId('import-problems');
    expect(table.textContent).toContain('Row 3, column C (Housing intact rate · Intact houses)');
    expect(table.textContent).toContain('Row 4, column A (Code)');
    expect(chineseIn(table)).toEqual([]);
  });

  it('sorts the bad cells by row as numbers and by column in sheet order (Z before AA)', async () => {
    const field = (row: number, column: string) => ({
      path: ['rows', row, column],
      reason: 'NEGATIVE',
      message: `row ${row} ${column}`,
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              data: null,
              errors: [
                {
                  message: '导入失败',
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fields: [field(12, 'C'), field(3, 'AA'), field(21, 'Z')],
                  },
                },
              ],
            }),
            { headers: { 'content-type': 'application/json' } },
          ),
      ),
    );
    const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
    renderWithProviders(
      <Provider value={client}>
        <ImportModal month="2026-10" onClose={() => {}} onImported={() => {}} />
      </Provider>,
    );
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([80, 75, 3, 4])], 'f.xlsx')] } });
    const table = await screen.findByTestId('import-problems');
    expect(columnTexts(0, table)).toEqual(['12', '3', '21']);
    sortBy('行', table);
    expect(columnTexts(0, table)).toEqual(['3', '12', '21']);
    sortBy('列', table);
    expect(columnTexts(1, table)).toEqual(['C', 'Z', 'AA']);
  });
});
