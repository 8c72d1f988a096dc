import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { columnTexts, sortBy } from '../../test/table';
import { PresetCard } from './PresetCard';
import { comparePresets } from './presetCompare';

afterEach(() => vi.unstubAllGlobals());

type HistoryRow = { preset: 'A' | 'B'; effectiveMonth: string; setAt: string };

function renderWith(
  presetNow: 'A' | 'B',
  history: HistoryRow[] = [{ preset: presetNow, effectiveMonth: '2026-01', setAt: '2026-01-02T00:00:00Z' }],
) {
  const sent: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { operationName: string };
      sent.push(body.operationName);
      const settings = { presetNow, history };
      const data =
        body.operationName === 'IndicatorSettings'
          ? { indicatorSettings: settings }
          : { setIndicatorPreset: settings };
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    }),
  );
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
  renderWithProviders(
    <Provider value={client}>
      <PresetCard currentMonth="2026-11" mobile={false} />
    </Provider>,
  );
  return sent;
}

describe('preset switcher', () => {
  it('starts on the preset in force, so one click cannot revert the company', async () => {
    const sent = renderWith('B');
    const b = (await screen.findByRole('radio', { name: '方案 B' })) as HTMLInputElement;
    expect(b.checked).toBe(true);
    const save = screen.getByRole('button', { name: /保\s*存/ }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.click(save);
    expect(sent).not.toContain('SetIndicatorPreset');
    fireEvent.click(screen.getByRole('radio', { name: '方案 A' }));
    await waitFor(() => expect(save.disabled).toBe(false));
  });

  it('describes B truthfully: stricter on some indicators, laxer on others', async () => {
    renderWith('B');
    const describe = await screen.findByTestId('preset-describe');
    expect(describe.textContent).not.toContain('更严格');
    const compare = screen.getByTestId('preset-compare').textContent ?? '';
    const { stricter, laxer } = comparePresets();
    expect(laxer.map((d) => d.code)).toContain('repair_callback');
    expect(stricter.map((d) => d.code)).toContain('satisfaction');
    expect(compare).toContain(`${stricter.length} 项更严格`);
    expect(compare).toContain(`${laxer.length} 项更宽松`);
    expect(compare).toContain('维修服务回访率');
  });

  it('sorts the preset history by month chronologically on a click', async () => {
    renderWith('B', [
      { preset: 'B', effectiveMonth: '2026-10', setAt: '2026-09-20T00:00:00Z' },
      { preset: 'A', effectiveMonth: '2025-12', setAt: '2025-11-30T00:00:00Z' },
      { preset: 'B', effectiveMonth: '2026-02', setAt: '2026-01-15T00:00:00Z' },
    ]);
    await screen.findByText('2025年12月');
    expect(columnTexts(1)).toEqual(['2026年10月', '2025年12月', '2026年2月']);
    sortBy('生效月份');
    expect(columnTexts(1)).toEqual(['2025年12月', '2026年2月', '2026年10月']);
    sortBy('生效月份');
    expect(columnTexts(1)).toEqual(['2026年10月', '2026年2月', '2025年12月']);
  });
});
