import type { FieldProblem } from '@anju/domain';

export interface CellProblem {
  key: string;
  row: number | null;
  column: string | null;
  problem: FieldProblem;
}

/** `['rows', 12, 'D']` → row 12, column D; anything else is a problem of the file as a whole. */
export function cellProblems(problems: readonly FieldProblem[]): CellProblem[] {
  return problems.map((p, i) => {
    const [head, row, column] = p.path;
    const cell = head === 'rows' && typeof row === 'number';
    return {
      key: `${i}`,
      row: cell ? row : null,
      column: cell && column != null ? String(column) : null,
      problem: p,
    };
  });
}
