import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellProblems } from '../../shared/cellProblems';
import { chineseIn, type FakeFiles, fakeApi, renderWithProviders } from '../../test/render';
import { columnTexts, sortBy } from '../../test/table';
import { ImportModal } from './ImportModal';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.removeItem('anju.token');
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Every upload the modal makes is accepted as this file, unless a test answers otherwise. */
const ACCEPTED: FakeFiles = {
  upload: { status: 201, body: { id: 'file-0', name: 'f.xlsx', contentType: XLSX, size: 4 } },
};

function renderModal(onImported: () => void, onClose: () => void = () => {}, lang?: 'en-US') {
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
  return renderWithProviders(
    <App>
      <Provider value={client}>
        <ImportModal month="2026-10" onClose={onClose} onImported={onImported} />
      </Provider>
    </App>,
    lang ? { lang } : {},
  );
}

/** Chooses a file in the modal's upload field. */
function choose(file: File) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

describe('Excel import', () => {
  it('reads rows and columns from the problem paths', () => {
    expect(
      cellProblems([
        { path: ['rows', 7, 'D'], reason: 'NEGATIVE', message: 'x' },
        { path: ['fileId'], reason: 'NOT_TEMPLATE', message: 'y' },
      ]).map(({ row, column }) => ({ row, column })),
    ).toEqual([
      { row: 7, column: 'D' },
      { row: null, column: null },
    ]);
  });

  it('uploads the file to /files, imports it by id, and lists every bad cell by row and column', async () => {
    localStorage.setItem('anju.token', 'token-of-manager');
    const files: FakeFiles = {
      upload: { status: 201, body: { id: 'file-1', name: 'figures.xlsx', contentType: XLSX, size: 4 } },
      requests: [],
    };
    const sent = fakeApi(
      {
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
        },
      },
      files,
    );
    const onImported = vi.fn();
    renderModal(onImported);
    choose(new File([new Uint8Array([80, 75, 3, 4])], 'figures.xlsx', { type: XLSX }));

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
    // The bytes went to /files with the session's token, never into the GraphQL JSON.
    expect(files.requests!.map((r) => [r.method, r.url, r.authorization])).toEqual([
      ['POST', '/files', 'Bearer token-of-manager'],
    ]);
    const form = files.requests![0]!.body as FormData;
    expect((form.get('file') as File).name).toBe('figures.xlsx');
    expect(sent[0]?.variables.input).toEqual({ month: '2026-10', fileId: 'file-1' });
    expect(onImported).not.toHaveBeenCalled();
  });

  it('says why /files refused the file, and does not import', async () => {
    for (const [refusal, text] of [
      [
        { status: 415, body: { errors: [{ extensions: { code: 'UNSUPPORTED_FILE_TYPE' } }] } },
        '文件不是 Excel（.xlsx）文件',
      ],
      [
        {
          status: 413,
          body: { errors: [{ extensions: { code: 'FILE_TOO_LARGE', maxBytes: 5 * 1024 * 1024 } }] },
        },
        '文件不能超过 5 MB',
      ],
    ] as const) {
      const sent = fakeApi({}, { upload: refusal });
      const { unmount } = renderModal(() => {});
      choose(new File(['not a workbook'], 'notes.xlsx'));
      expect((await screen.findByRole('alert')).textContent).toBe(text);
      expect(sent).toEqual([]);
      unmount();
      vi.unstubAllGlobals();
    }
  });

  it('reports the import and closes once the figures are saved', async () => {
    fakeApi(
      { ImportMonthlyFigures: { data: { importMonthlyFigures: { estateCount: 2, figureCount: 7 } } } },
      { upload: { status: 201, body: { id: 'file-2', name: 'f.xlsx', contentType: XLSX, size: 4 } } },
    );
    const onImported = vi.fn();
    const onClose = vi.fn();
    renderModal(onImported, onClose);
    choose(new File([new Uint8Array([80, 75, 3, 4])], 'f.xlsx'));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('已导入 2 个小区的 7 项数据（草稿）')).toBeTruthy();
  });

  it('names the column in the page’s language from the problem’s params (English)', async () => {
    fakeApi(
      {
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
      },
      ACCEPTED,
    );
    renderModal(
      () => {},
      () => {},
      'en-US',
    );
    choose(new File([new Uint8Array([80, 75, 3, 4])], 'f.xlsx'));
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
    fakeApi(
      {
        ImportMonthlyFigures: {
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
        },
      },
      ACCEPTED,
    );
    renderModal(() => {});
    choose(new File([new Uint8Array([80, 75, 3, 4])], 'f.xlsx'));
    const table = await screen.findByTestId('import-problems');
    expect(columnTexts(0, table)).toEqual(['12', '3', '21']);
    sortBy('行', table);
    expect(columnTexts(0, table)).toEqual(['3', '12', '21']);
    sortBy('列', table);
    expect(columnTexts(1, table)).toEqual(['C', 'Z', 'AA']);
  });
});
