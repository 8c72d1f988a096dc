import type { FieldProblem } from '@anju/domain';
import type { TableColumnsType } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { CellProblem } from '../cellProblems';
import { compareNames, compareNumbers } from '../collate';
import { useProblemText } from '../useErrorText';

/** How an import lists the refused cells. */
export interface ProblemTable {
  columns: TableColumnsType<CellProblem>;
  /**
   * 10 a page in a wider dialog (760 px) with more room above the alert, as the template and
   * figure imports are drawn; otherwise all at once, scrolling past 320 px, in 720 px.
   */
  paged: boolean;
}

/** Row, column letter and problem under terse headings ('#', 'Col'): the staff and fee imports. */
export function useCompactProblemTable(rowLabel: (row: number | null) => string): ProblemTable {
  const problemText = useProblemText();
  return {
    paged: false,
    columns: [
      { title: '#', key: 'row', width: 90, render: (_, r) => rowLabel(r.row) },
      { title: 'Col', key: 'col', width: 70, render: (_, r) => r.column },
      { title: '', key: 'msg', render: (_, r) => problemText(r.problem) },
    ],
  };
}

type Place = { row: number; column: string };

interface Headed {
  /** The headings of the row, column and problem columns. */
  titles: { row: string; column: string; problem: string };
  /** A cell's place in words, with what its column holds where `header` knows it. */
  cell(place: Place): string;
  cellOf(place: Place & { header: string }): string;
  /** What a column holds, from the problem's params (shown in the page's language). */
  header(params: FieldProblem['params']): string | null;
  /** Each column sortable: rows as numbers, columns in sheet order, problems by their text. */
  sortable?: boolean;
}

/** Excel column letters in sheet order: Z before AA. */
function compareColumns(a: string | null, b: string | null, order: SortOrder | undefined): number {
  if (!a || !b) return compareNames(a, b, order);
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Row, column letter and the problem said with the cell's place, under translated headings: the
 * template and figure imports.
 */
export function useHeadedProblemTable({ titles, cell, cellOf, header, sortable }: Headed): ProblemTable {
  const problemText = useProblemText();
  const text = (r: CellProblem) => {
    const place = { row: r.row ?? 0, column: r.column ?? '' };
    const heading = header(r.problem.params);
    return problemText(r.problem, heading ? cellOf({ ...place, header: heading }) : cell(place));
  };
  const sorter = <T>(
    compare: (a: T, b: T, order: SortOrder | undefined) => number,
    by: (r: CellProblem) => T,
  ) =>
    sortable
      ? (a: CellProblem, b: CellProblem, order?: SortOrder) => compare(by(a), by(b), order)
      : undefined;
  return {
    paged: true,
    columns: [
      { title: titles.row, dataIndex: 'row', width: 64, sorter: sorter(compareNumbers, (r) => r.row) },
      {
        title: titles.column,
        dataIndex: 'column',
        width: 64,
        sorter: sorter(compareColumns, (r) => r.column),
      },
      {
        title: titles.problem,
        key: 'problem',
        sorter: sorter(compareNames, text),
        render: (_, r) => text(r),
      },
    ],
  };
}
