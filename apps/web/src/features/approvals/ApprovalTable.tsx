import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalQueueQuery as QueueData } from '../../gql/graphql';
import { compareDates, compareNames, compareNumbers } from '../../shared/collate';
import { formatDateTime } from '../../shared/format';
import { usePeriodLabel } from '../../shared/usePeriodLabel';

export type ApprovalItem = QueueData['approvalQueue']['edges'][number]['node'];

interface Props {
  rows: readonly ApprovalItem[];
  loading: boolean;
  emptyText: ReactNode;
  missedTag(count: number): ReactNode;
  onOpen(item: ApprovalItem): void;
}

/**
 * One page of the queue, oldest first as the API sends it. The queue is cursor-paginated, so a
 * click on a header sorts the rows of the loaded page only: estates by pinyin, months and times
 * chronologically, counts numerically, blanks last.
 */
export function ApprovalTable({ rows, loading, emptyText, missedTag, onOpen }: Props) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const columns: ColumnsType<ApprovalItem> = [
    {
      title: t('comparison.estate'),
      dataIndex: 'estateName',
      sorter: (a, b, order) => compareNames(a.estateName, b.estateName, order),
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    {
      title: t('approvals.month'),
      dataIndex: 'month',
      width: 140,
      sorter: (a, b, order) => compareDates(a.month, b.month, order),
      render: (m: string) => periodLabel(m),
    },
    {
      title: t('approvals.figureCount'),
      dataIndex: 'figureCount',
      width: 110,
      align: 'right',
      sorter: (a, b, order) => compareNumbers(a.figureCount, b.figureCount, order),
    },
    {
      title: t('approvals.missedCount'),
      dataIndex: 'missedCount',
      width: 130,
      sorter: (a, b, order) => compareNumbers(a.missedCount, b.missedCount, order),
      render: (n: number) => missedTag(n),
    },
    {
      title: t('approvals.submittedBy'),
      dataIndex: 'submittedByName',
      width: 120,
      sorter: (a, b, order) => compareNames(a.submittedByName, b.submittedByName, order),
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('approvals.submittedAt'),
      dataIndex: 'submittedAt',
      width: 160,
      sorter: (a, b, order) => compareDates(a.submittedAt, b.submittedAt, order),
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('common.actions'),
      key: 'open',
      width: 100,
      render: (_, i) => (
        <Button type="link" size="small" onClick={() => onOpen(i)}>
          {t('approvals.review')}
        </Button>
      ),
    },
  ];
  return (
    <Table<ApprovalItem>
      rowKey={(i) => `${i.estateId}-${i.month}`}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
      onRow={(i) => ({ onClick: () => onOpen(i), style: { cursor: 'pointer' } })}
      columns={columns}
      showSorterTooltip={{ target: 'sorter-icon' }}
    />
  );
}
