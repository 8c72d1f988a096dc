import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { ExportButtons } from './ExportButtons';

vi.mock('../../shared/download', () => ({ saveFile: vi.fn() }));

afterEach(() => vi.unstubAllGlobals());

/** Clicks the matrix export and answers the variables the browser sent. */
async function exportIn(lang: 'zh-CN' | 'en-US', button: RegExp) {
  const sent: { operationName: string; variables: { language?: Language } }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      const file = { __typename: 'FileDownload', filename: 'x.xlsx', contentType: 'x', base64: '' };
      return new Response(JSON.stringify({ data: { comparisonExport: file } }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  const client = new Client({
    url: 'http://api.test/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: false,
  });
  renderWithProviders(
    <Provider value={client}>
      <ExportButtons filter={{ period: '2026-Q3' }} />
    </Provider>,
    { lang },
  );
  fireEvent.click(await screen.findByRole('button', { name: button }));
  await waitFor(() => expect(sent).toHaveLength(1));
  return sent[0]!;
}

describe('ExportButtons', () => {
  it('asks for the workbook in English when the page is in English', async () => {
    const body = await exportIn('en-US', /heat map/i);
    expect(body.operationName).toBe('ComparisonExport');
    expect(body.variables).toMatchObject({ kind: 'MATRIX', language: 'EN' });
  });

  it('asks for it in Chinese when the page is in Chinese', async () => {
    const body = await exportIn('zh-CN', /导出热力图/);
    expect(body.variables).toMatchObject({ kind: 'MATRIX', language: 'ZH' });
  });
});
