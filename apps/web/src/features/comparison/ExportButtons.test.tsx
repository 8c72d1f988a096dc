import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../gql/graphql';
import { type FakeFiles, fakeApi, renderWithProviders } from '../../test/render';
import { ExportButtons } from './ExportButtons';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What the browser saved: the object URL's blob and the link's file name. */
let saved: { name: string; blob: Blob }[];

const objectUrls = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  // The test environment has no object URLs to click: the link the page clicks is read back here.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  URL.createObjectURL = objectUrls.create;
  URL.revokeObjectURL = objectUrls.revoke;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.removeItem('anju.token');
});

/** Clicks an export button; answers what the browser sent and saved. */
async function exportIn(
  lang: 'zh-CN' | 'en-US',
  button: RegExp,
  download: FakeFiles['download'] = { status: 200, body: new Uint8Array([80, 75, 3, 4]), type: XLSX },
) {
  localStorage.setItem('anju.token', 'token-of-hq');
  const files: FakeFiles = { download, requests: [] };
  const file = {
    __typename: 'FileRef',
    id: 'file-9',
    name: '指标对比-2026-Q3.xlsx',
    contentType: XLSX,
    size: 4,
  };
  const sent = fakeApi({ ExportComparison: { data: { exportComparison: file } } }, files) as {
    operationName: string;
    variables: { input: { kind: string; language?: Language; filter: unknown } };
  }[];
  const client = new Client({
    url: 'http://api.test/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: false,
  });
  renderWithProviders(
    <App>
      <Provider value={client}>
        <ExportButtons filter={{ period: '2026-Q3' }} />
      </Provider>
    </App>,
    { lang },
  );
  fireEvent.click(await screen.findByRole('button', { name: button }));
  await waitFor(() => expect(files.requests).toHaveLength(1));
  return { body: sent[0]!, files };
}

describe('ExportButtons', () => {
  it('asks for the workbook in English when the page is in English', async () => {
    const { body } = await exportIn('en-US', /heat map/i);
    expect(body.operationName).toBe('ExportComparison');
    expect(body.variables.input).toMatchObject({
      kind: 'MATRIX',
      language: 'EN',
      filter: { period: '2026-Q3' },
    });
  });

  it('asks for it in Chinese, then downloads the file from /files with the token and saves it', async () => {
    const { body, files } = await exportIn('zh-CN', /导出热力图/);
    expect(body.variables.input).toMatchObject({ kind: 'MATRIX', language: 'ZH' });
    expect(files.requests!.map((r) => [r.method, r.url, r.authorization])).toEqual([
      ['GET', '/files/file-9', 'Bearer token-of-hq'],
    ]);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('指标对比-2026-Q3.xlsx');
    expect(new Uint8Array(await saved[0]!.blob.arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4]));
  });

  it('says so when the file is gone (expired), and saves nothing', async () => {
    await exportIn('zh-CN', /导出排行榜/, {
      status: 404,
      body: JSON.stringify({ errors: [{ message: '文件不存在', extensions: { code: 'NOT_FOUND' } }] }),
      type: 'application/json',
    });
    expect(await screen.findByText('数据不存在或已被删除')).toBeTruthy();
    expect(saved).toEqual([]);
  });
});
