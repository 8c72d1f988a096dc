import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ComparedWithin } from '../../gql/graphql';
import { chineseIn, renderWithProviders } from '../../test/render';
import { sortBy } from '../../test/table';
import { type ScorecardItem, ScorecardItems } from './ScorecardItems';

const target = { __typename: 'TargetValue' as const, op: 'AT_LEAST' as const, value: 98, label: '≥98%' };

function item(within: ComparedWithin): ScorecardItem {
  const none = within === 'NONE';
  return {
    indicator: {
      code: 'house_intact',
      nameZh: '房屋完好率',
      nameEn: 'Housing intact rate',
      unit: 'PERCENT',
      direction: 'AT_LEAST',
      descriptionZh: '完好房屋数 / 检查房屋数',
    },
    cell: {
      indicatorCode: 'house_intact',
      value: 99.1,
      per1000: null,
      numerator: 991,
      denominator: 1000,
      months: 3,
      target,
      judgement: 'MET',
      // The API gives no rank and no reference value when there is no league (NONE).
      rank: none ? null : 2,
    },
    rankOf: none ? 0 : 7,
    companyValue: none ? null : 97.25,
    trend: [],
  } as unknown as ScorecardItem;
}

const headers = (container: HTMLElement) =>
  [...container.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');

describe('ScorecardItems', () => {
  it('labels the reference value 公司汇总 and shows the rank when compared within the company', () => {
    const { container } = renderWithProviders(
      <ScorecardItems items={[item('COMPANY')]} comparedWithin="COMPANY" mobile={false} loading={false} />,
    );
    expect(headers(container)).toEqual(expect.arrayContaining(['排名', '公司汇总']));
    expect(screen.getByText('第 2 / 7')).toBeTruthy();
    expect(screen.getByText('97.25%')).toBeTruthy();
  });

  it('labels it 可见小区汇总 when only the visible estates are compared', () => {
    const { container } = renderWithProviders(
      <ScorecardItems items={[item('VISIBLE')]} comparedWithin="VISIBLE" mobile={false} loading={false} />,
    );
    expect(headers(container)).toContain('可见小区汇总');
    expect(headers(container)).not.toContain('公司汇总');
  });

  it('hides the rank and the reference columns when there is nothing to compare with (NONE)', () => {
    const { container } = renderWithProviders(
      <ScorecardItems items={[item('NONE')]} comparedWithin="NONE" mobile={false} loading={false} />,
    );
    const shown = headers(container);
    expect(shown).not.toContain('排名');
    expect(shown).not.toContain('公司汇总');
    expect(shown).not.toContain('可见小区汇总');
    expect(shown).toContain('目标');
    expect(container.textContent).not.toContain('第 0');
  });

  it('hides them on the mobile cards too, and labels VISIBLE in English', () => {
    const none = renderWithProviders(
      <ScorecardItems items={[item('NONE')]} comparedWithin="NONE" mobile loading={false} />,
    );
    expect(none.container.textContent).not.toContain('公司汇总');
    expect(none.container.textContent).not.toContain('第');
    none.unmount();

    const { container } = renderWithProviders(
      <ScorecardItems items={[item('VISIBLE')]} comparedWithin="VISIBLE" mobile loading={false} />,
      { lang: 'en-US' },
    );
    expect(container.textContent).toContain('Estates you can see 97.25%');
    expect(container.textContent).toContain('2 of 7');
    expect(chineseIn(container)).toEqual([]);
  });

  it('sorts indicators by pinyin and ranks as numbers, items without a rank last', () => {
    const named = (code: string, nameZh: string, rank: number | null): ScorecardItem => {
      const base = item('COMPANY');
      return {
        ...base,
        indicator: { ...base.indicator, code, nameZh },
        cell: { ...base.cell, indicatorCode: code, rank, value: rank == null ? null : base.cell.value },
      } as ScorecardItem;
    };
    // Catalogue order; pinyin is an < fang < zhu, code point puts 住 (U+4F4F) first.
    renderWithProviders(
      <ScorecardItems
        items={[
          named('satisfaction', '住户满意度', 10),
          named('house', '房屋完好率', null),
          named('safety', '安全达标率', 2),
        ]}
        comparedWithin="COMPANY"
        mobile={false}
        loading={false}
      />,
    );
    const names = () =>
      [...document.querySelectorAll('.ant-table-tbody tr.ant-table-row')].map(
        (tr) => tr.querySelector('td')?.textContent,
      );
    expect(names()).toEqual(['住户满意度', '房屋完好率', '安全达标率']);
    sortBy('指标');
    expect(names()).toEqual(['安全达标率', '房屋完好率', '住户满意度']);
    sortBy('排名');
    expect(names()).toEqual(['安全达标率', '住户满意度', '房屋完好率']);
    sortBy('排名');
    expect(names()).toEqual(['住户满意度', '安全达标率', '房屋完好率']);
  });
});
