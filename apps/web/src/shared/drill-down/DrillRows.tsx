import { Flex, List, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useIsMobile } from '../useIsMobile';
import { DrillNote } from './DrillFigure';

const pageOf = (rows: readonly unknown[]) =>
  rows.length > 20 ? { pageSize: 20, size: 'small' as const } : false;

/** The records behind the figure as a bordered list, each item marked with `rowTestId`. */
export function DrillList<R>({
  rows,
  rowTestId,
  item,
  paged,
}: {
  rows: R[];
  rowTestId: string;
  item(row: R): ReactNode;
  /** 20 a page past 20 records (otherwise all at once). */
  paged?: boolean;
}) {
  return (
    <List
      size="small"
      bordered
      dataSource={rows}
      pagination={paged ? pageOf(rows) : false}
      renderItem={(r) => <List.Item data-testid={rowTestId}>{item(r)}</List.Item>}
    />
  );
}

/** One record in a list: its title and tag on the first line, then a small line and a detail. */
export interface DrillLineProps {
  title: ReactNode;
  tag?: ReactNode;
  sub?: ReactNode;
  detail?: ReactNode;
}

export function DrillLine({ title, tag, sub, detail }: DrillLineProps) {
  return (
    <Flex vertical gap={2} style={{ width: '100%' }}>
      <Flex justify="space-between" gap={8}>
        <span>{title}</span>
        {tag}
      </Flex>
      {sub != null ? <DrillNote>{sub}</DrillNote> : null}
      {detail != null ? <div style={{ fontSize: 13 }}>{detail}</div> : null}
    </Flex>
  );
}

/**
 * The records behind the figure: a table of `columns` (20 a page past 20), on a phone a list of
 * `line`s instead.
 */
export function DrillRows<R extends { key: string }>({
  rows,
  rowTestId,
  columns,
  line,
  pagedOnPhone,
}: {
  rows: R[];
  rowTestId: string;
  columns: TableColumnsType<R>;
  line(row: R): DrillLineProps;
  /** Pages the phone's list as the table is paged. */
  pagedOnPhone?: boolean;
}) {
  const mobile = useIsMobile();
  return mobile ? (
    <DrillList
      rows={rows}
      rowTestId={rowTestId}
      paged={pagedOnPhone}
      item={(r) => <DrillLine {...line(r)} />}
    />
  ) : (
    <Table<R>
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={pageOf(rows)}
      onRow={() => ({ 'data-testid': rowTestId }) as React.HTMLAttributes<HTMLElement>}
      columns={columns}
    />
  );
}

/**
 * The records keyed by their place in the answer, those not counted first (they are why a
 * good-is-high figure misses), or those counted first where counting is the bad news.
 */
export function byCounted<R extends { counted: boolean }>(
  rows: readonly R[],
  countedFirst = false,
): (R & { key: string })[] {
  return rows
    .map((r, i) => ({ ...r, key: String(i) }))
    .sort((a, b) => (countedFirst ? -1 : 1) * (Number(a.counted) - Number(b.counted)));
}
