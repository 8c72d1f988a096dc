import { fireEvent } from '@testing-library/react';

/** The sortable header (antd `th` with a sorter) whose text contains `text`; throws when none. */
export function sortableHeader(text: string, root: ParentNode = document): HTMLElement {
  const th = [...root.querySelectorAll<HTMLElement>('th.ant-table-column-has-sorters')].find((h) =>
    h.textContent?.includes(text),
  );
  if (!th) throw new Error(`no sortable header ${text}`);
  return th;
}

/** Clicks the sortable header `text` (ascending first, then descending). */
export function sortBy(text: string, root: ParentNode = document): void {
  fireEvent.click(sortableHeader(text, root));
}

/** The text of column `index` (0-based) in every body row, top to bottom. */
export function columnTexts(index: number, root: ParentNode = document): string[] {
  return [...root.querySelectorAll('.ant-table-tbody tr.ant-table-row')].map(
    (tr) => tr.querySelectorAll('td')[index]?.textContent?.trim() ?? '',
  );
}
