import { fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { EstateTable } from './EstateTable';
import type { EstateRow } from './estateForm';

const row = (id: string, name: string, households: number): EstateRow =>
  ({
    id,
    name,
    code: id.toUpperCase(),
    regionId: null,
    region: null,
    address: null,
    type: 'RESIDENTIAL',
    status: 'MANAGED',
    grossFloorArea: null,
    households,
    buildings: 1,
    contractStart: null,
    contractEnd: null,
    feeRate: null,
    version: 1,
    archivedAt: null,
  }) as unknown as EstateRow;

// Code-point order would be 中 (U+4E2D) < 翠 (U+7FE0) < 阿 (U+963F); pinyin is a < cui < zhong.
const rows = [row('e1', '中海花园', 300), row('e2', '阿卡小区', 100), row('e3', '翠湖苑', 200)];

function names() {
  return [...document.querySelectorAll('.ant-table-tbody tr.ant-table-row')].map(
    (tr) => tr.querySelector('td strong')?.textContent,
  );
}

function header(text: string) {
  const th = [...document.querySelectorAll('th.ant-table-column-has-sorters')].find((h) =>
    h.textContent?.includes(text),
  );
  if (!th) throw new Error(`no sortable header ${text}`);
  return th;
}

describe('EstateTable', () => {
  it('sorts estates by pinyin, and by any column on demand', () => {
    renderWithProviders(
      <EstateTable
        rows={rows}
        loading={false}
        emptyText="none"
        canEdit={() => false}
        canArchive={() => false}
        canScorecard={false}
        onEdit={() => {}}
        onArchive={async () => {}}
      />,
    );
    expect(names()).toEqual(['阿卡小区', '翠湖苑', '中海花园']);
    fireEvent.click(header('户数'));
    expect(names()).toEqual(['阿卡小区', '翠湖苑', '中海花园']);
    fireEvent.click(header('户数'));
    expect(names()).toEqual(['中海花园', '翠湖苑', '阿卡小区']);
  });
});
