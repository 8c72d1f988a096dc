import { screen } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { columnTexts, sortBy } from '../../test/table';
import { MissedList } from './MissedList';

afterEach(() => vi.unstubAllGlobals());

const missed = (estateName: string, regionName: string | null, value: number) => ({
  __typename: 'MissedCommitment',
  estateId: `e-${estateName}`,
  estateName,
  regionName,
  indicator: {
    __typename: 'Indicator',
    code: 'house_intact',
    nameZh: '房屋完好率',
    nameEn: 'Housing intact rate',
    unit: 'PERCENT',
    direction: 'AT_LEAST',
  },
  value,
  target: { __typename: 'TargetValue', op: 'AT_LEAST', value: 98, label: '≥98%' },
  gap: value - 98,
});

describe('MissedList', () => {
  it('sorts estates by pinyin and values as numbers on a click', async () => {
    const rows = [
      missed('翠湖苑', '华东', 97.5),
      missed('金桂园', null, 9.5),
      missed('滨江花园', '华南', 90),
      missed('阿卡小区', '华东', 95),
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ data: { missedCommitments: rows } }), {
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
    renderWithProviders(
      <Provider value={client}>
        <MissedList filter={{ period: '2026-10' }} onOpen={() => {}} />
      </Provider>,
    );
    await screen.findByText('阿卡小区');
    expect(columnTexts(0)).toEqual(['翠湖苑', '金桂园', '滨江花园', '阿卡小区']);
    sortBy('小区');
    expect(columnTexts(0)).toEqual(['阿卡小区', '滨江花园', '翠湖苑', '金桂园']);
    sortBy('数值');
    expect(columnTexts(3)).toEqual(['9.5%', '90%', '95%', '97.5%']);
    // Without a region last, whichever way.
    sortBy('区域');
    sortBy('区域');
    expect(columnTexts(0).at(-1)).toBe('金桂园');
  });
});
