import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chineseIn, renderWithProviders } from '../../test/render';
import { columnTexts, sortBy } from '../../test/table';
import { RegionManager } from './RegionManager';

afterEach(() => vi.unstubAllGlobals());

type Regions = Parameters<typeof RegionManager>[0]['regions'];

function renderManager(lang: 'zh-CN' | 'en-US', regions: Regions = []) {
  const fetch = vi.fn(
    async () =>
      new Response(JSON.stringify({ data: null }), { headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
  renderWithProviders(
    <Provider value={client}>
      <RegionManager regions={regions} loading={false} onClose={() => {}} />
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

  it('lists regions by pinyin and sorts estate counts as numbers on a click', () => {
    const region = (id: string, name: string, estateCount: number) =>
      ({ __typename: 'Region', id, name, code: id, estateCount, version: 1 }) as unknown as Regions[number];
    // Code-point order is 东 (U+4E1C) < 华 (U+534E) < 安 (U+5B89); pinyin puts 安 (an) first.
    renderManager('zh-CN', [region('r1', '华南', 12), region('r2', '安徽', 3), region('r3', '东北', 25)]);
    const table = document.querySelector('.ant-modal .ant-table') as HTMLElement;
    expect(columnTexts(0, table)).toEqual(['安徽', '东北', '华南']);
    sortBy('小区数', table);
    expect(columnTexts(2, table)).toEqual(['3', '12', '25']);
    sortBy('小区数', table);
    expect(columnTexts(2, table)).toEqual(['25', '12', '3']);
  });
});
