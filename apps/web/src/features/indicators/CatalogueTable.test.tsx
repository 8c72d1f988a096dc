import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { sortBy } from '../../test/table';
import { type CatalogueRow, CatalogueTable } from './CatalogueTable';

const row = (code: string, nameZh: string, target: number | null, presetA: number | null): CatalogueRow =>
  ({
    indicator: {
      code,
      nameZh,
      nameEn: code,
      unit: 'PERCENT',
      direction: 'AT_LEAST',
      measurement: 'MONTHLY',
      aggregation: 'RATIO',
      numeratorLabel: 'n',
      denominatorLabel: 'd',
      descriptionZh: null,
      builtIn: true,
      retired: false,
      computed: false,
      presetA: presetA == null ? null : { op: 'AT_LEAST', value: presetA, label: `≥${presetA}%` },
      presetB: null,
    },
    target:
      target == null
        ? null
        : {
            indicatorCode: code,
            estateId: null,
            target: { op: 'AT_LEAST', value: target, label: `≥${target}%` },
            source: 'PRESET',
            effectiveMonth: null,
            preset: 'A',
          },
  }) as unknown as CatalogueRow;

// Catalogue order; pinyin is an < fang < zhu, code point puts 住 (U+4F4F) first.
const rows = [
  row('satisfaction', '住户满意度', 9, 90),
  row('house_intact', '房屋完好率', 98, 98),
  row('safety', '安全达标率', null, null),
];

const names = () =>
  [...document.querySelectorAll('.ant-table-tbody tr.ant-table-row')].map(
    (tr) => tr.querySelector('td .ant-typography')?.textContent,
  );

function renderTable() {
  renderWithProviders(
    <CatalogueTable
      rows={rows}
      loading={false}
      mobile={false}
      scopeIsEstate={false}
      onSetTarget={() => {}}
      onHistory={() => {}}
      onRetire={() => {}}
    />,
  );
}

describe('CatalogueTable', () => {
  it('keeps the catalogue order, and sorts indicators by pinyin on a click', () => {
    renderTable();
    expect(names()).toEqual(['住户满意度', '房屋完好率', '安全达标率']);
    sortBy('指标');
    expect(names()).toEqual(['安全达标率', '房屋完好率', '住户满意度']);
  });

  it('sorts targets as numbers (9 before 98), without a target last either way', () => {
    renderTable();
    sortBy('公司目标');
    expect(names()).toEqual(['住户满意度', '房屋完好率', '安全达标率']);
    sortBy('公司目标');
    expect(names()).toEqual(['房屋完好率', '住户满意度', '安全达标率']);
  });
});
