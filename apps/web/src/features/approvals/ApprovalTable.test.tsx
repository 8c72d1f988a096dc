import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { columnTexts, sortBy } from '../../test/table';
import { type ApprovalItem, ApprovalTable } from './ApprovalTable';

const item = (
  estateName: string,
  month: string,
  missedCount: number,
  submittedAt: string,
  submittedByName: string | null,
): ApprovalItem =>
  ({
    __typename: 'ApprovalQueueItem',
    estateId: `e-${estateName}`,
    estateName,
    month,
    figureCount: 28,
    missedCount,
    submittedAt,
    submittedByName,
  }) as ApprovalItem;

// The API's order (oldest first); pinyin is a < bin < cui < jin, code point puts 阿 last.
const rows = [
  item('翠湖苑', '2026-09', 2, '2026-10-03T02:00:00Z', '张三'),
  item('金桂园', '2026-10', 0, '2026-11-01T02:00:00Z', null),
  item('滨江花园', '2026-10', 11, '2026-11-02T02:00:00Z', '李四'),
  item('阿卡小区', '2026-11', 1, '2026-12-01T02:00:00Z', '王五'),
];

const estates = () => columnTexts(0);

function renderTable() {
  renderWithProviders(
    <ApprovalTable
      rows={rows}
      loading={false}
      emptyText="none"
      missedTag={(n) => <span>{n}</span>}
      onOpen={() => {}}
    />,
  );
}

describe('ApprovalTable', () => {
  it('keeps the queue order, and sorts estates by pinyin on a click', () => {
    renderTable();
    expect(estates()).toEqual(['翠湖苑', '金桂园', '滨江花园', '阿卡小区']);
    sortBy('小区');
    expect(estates()).toEqual(['阿卡小区', '滨江花园', '翠湖苑', '金桂园']);
  });

  it('sorts missed counts as numbers (11 after 2) and submitters with blanks last', () => {
    renderTable();
    sortBy('未达标');
    expect(estates()).toEqual(['金桂园', '阿卡小区', '翠湖苑', '滨江花园']);
    sortBy('提交人');
    sortBy('提交人');
    expect(columnTexts(4).at(-1)).toBe('—');
  });

  it('sorts months chronologically, newest first on the second click', () => {
    renderTable();
    sortBy('月份');
    sortBy('月份');
    expect(estates()[0]).toBe('阿卡小区');
    expect(estates().at(-1)).toBe('翠湖苑');
  });
});
