import { ESTATE_STATUS_LABELS, ESTATE_TYPE_LABELS, type EstateStatus } from '@anju/domain';
import { Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { compareNames, compareNumbers } from '../../shared/collate';
import { formatMoney, formatNumber } from '../../shared/format';
import { useLabel } from '../../shared/useLabel';
import type { EstateRow } from './estateForm';

export const STATUS_COLORS: Record<EstateStatus, string> = {
  MANAGED: 'green',
  PREPARING: 'gold',
  EXITED: 'default',
};

interface Props {
  rows: readonly EstateRow[];
  loading: boolean;
  emptyText: ReactNode;
  canEdit(row: EstateRow): boolean;
  canArchive(row: EstateRow): boolean;
  /** Roles that compare estates get a link to each estate's scorecard. */
  canScorecard: boolean;
  onEdit(row: EstateRow): void;
  onArchive(row: EstateRow): Promise<void>;
}

export function EstateTable({
  rows,
  loading,
  emptyText,
  canEdit,
  canArchive,
  canScorecard,
  onEdit,
  onArchive,
}: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const showActions = canScorecard || rows.some((r) => canEdit(r) || canArchive(r));

  const columns: ColumnsType<EstateRow> = [
    {
      title: t('estates.columns.name'),
      dataIndex: 'name',
      fixed: 'left',
      width: 220,
      sorter: (a, b, order) => compareNames(a.name, b.name, order),
      defaultSortOrder: 'ascend',
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{r.name}</Typography.Text>
          {r.address ? (
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 240 }}>
              {r.address}
            </Typography.Text>
          ) : null}
          {r.archivedAt ? <Tag style={{ width: 'fit-content' }}>{t('common.archived')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('estates.columns.code'),
      dataIndex: 'code',
      width: 110,
      sorter: (a, b, order) => compareNames(a.code, b.code, order),
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    {
      title: t('estates.columns.region'),
      key: 'region',
      width: 100,
      sorter: (a, b, order) => compareNames(a.region?.name, b.region?.name, order),
      render: (_, r) =>
        r.region?.name ?? <Typography.Text type="secondary">{t('estates.noRegion')}</Typography.Text>,
    },
    {
      title: t('estates.columns.type'),
      dataIndex: 'type',
      width: 90,
      render: (v: EstateRow['type']) => label(ESTATE_TYPE_LABELS[v]),
    },
    {
      title: t('estates.columns.households'),
      dataIndex: 'households',
      sorter: (a, b, order) => compareNumbers(a.households, b.households, order),
      width: 90,
      align: 'right',
      render: formatNumber,
    },
    {
      title: t('estates.columns.grossFloorArea'),
      dataIndex: 'grossFloorArea',
      sorter: (a, b, order) => compareNumbers(a.grossFloorArea, b.grossFloorArea, order),
      width: 130,
      align: 'right',
      render: formatNumber,
    },
    {
      title: t('estates.columns.feeRate'),
      dataIndex: 'feeRate',
      sorter: (a, b, order) => compareNumbers(a.feeRate, b.feeRate, order),
      width: 140,
      align: 'right',
      render: formatMoney,
    },
    {
      title: t('estates.columns.status'),
      dataIndex: 'status',
      width: 90,
      sorter: (a, b) => a.status.localeCompare(b.status),
      render: (v: EstateStatus) => <Tag color={STATUS_COLORS[v]}>{label(ESTATE_STATUS_LABELS[v])}</Tag>,
    },
  ];
  if (showActions) {
    columns.push({
      title: t('estates.columns.actions'),
      key: 'actions',
      fixed: 'right',
      width: canScorecard ? 180 : 110,
      render: (_, r) => (
        <Flex gap={12} className="table-actions">
          {canScorecard && !r.archivedAt ? (
            <Link to={`/estates/${r.id}/scorecard`} style={{ fontSize: 14, whiteSpace: 'nowrap' }}>
              {t('estates.scorecard')}
            </Link>
          ) : null}
          {canEdit(r) && !r.archivedAt ? (
            <Button type="link" size="small" onClick={() => onEdit(r)}>
              {t('common.edit')}
            </Button>
          ) : null}
          {canArchive(r) && !r.archivedAt ? (
            <Popconfirm
              title={t('estates.archiveConfirm', { name: r.name })}
              description={t('estates.archiveHint')}
              onConfirm={() => onArchive(r)}
              okButtonProps={{ danger: true }}
            >
              <Button type="link" size="small" danger>
                {t('common.archive')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      ),
    });
  }

  return (
    <Table<EstateRow>
      rowKey="id"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 1080 }}
      locale={{ emptyText }}
      showSorterTooltip={{ target: 'sorter-icon' }}
    />
  );
}
