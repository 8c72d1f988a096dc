import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chineseIn, renderWithProviders } from '../../test/render';
import { RegionManager } from './RegionManager';

afterEach(() => vi.unstubAllGlobals());

function renderManager(lang: 'zh-CN' | 'en-US') {
  const fetch = vi.fn(
    async () =>
      new Response(JSON.stringify({ data: null }), { headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
  renderWithProviders(
    <Provider value={client}>
      <RegionManager regions={[]} loading={false} onClose={() => {}} />
    </Provider>,
    { lang },
  );
  return fetch;
}

describe('RegionManager', () => {
  it('checks a new region with the domain schema and says what is wrong in English', async () => {
    const fetch = renderManager('en-US');
    // The input takes 40 characters; the domain allows 30 for a region name.
    fireEvent.change(screen.getByPlaceholderText('Name'), { target: { value: 'East'.repeat(8) } });
    fireEvent.change(screen.getByPlaceholderText('Code'), { target: { value: 'east\u202E' } });
    fireEvent.click(screen.getByRole('button', { name: /Add/ }));
    expect(await screen.findByText('Name must be at most 30 characters')).toBeTruthy();
    expect(
      await screen.findByText('Code must not contain control or text-direction characters (U+202E)'),
    ).toBeTruthy();
    expect(chineseIn(document.body)).toEqual([]);
    await waitFor(() => expect(fetch).not.toHaveBeenCalled());
  });

  it('names the field in Chinese', async () => {
    renderManager('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: /添\s*加/ }));
    expect(await screen.findByText('请填写区域名称')).toBeTruthy();
    expect(await screen.findByText('请填写区域编号')).toBeTruthy();
  });
});
