import { ESTATE_STATUS_LABELS, ESTATE_TYPE_LABELS } from '@anju/domain';
import { Button, Card, Flex, Popconfirm, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney, formatNumber } from '../../shared/format';
import { useLabel } from '../../shared/useLabel';
import { STATUS_COLORS } from './EstateTable';
import type { EstateRow } from './estateForm';

interface Props {
  rows: readonly EstateRow[];
  loading: boolean;
  emptyText: ReactNode;
  canEdit(row: EstateRow): boolean;
  canArchive(row: EstateRow): boolean;
  canScorecard: boolean;
  onEdit(row: EstateRow): void;
  onArchive(row: EstateRow): Promise<void>;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Flex vertical style={{ flex: 1, minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
        {label}
      </Typography.Text>
      <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>{value}</Typography.Text>
    </Flex>
  );
}

/** Phones get one card per estate instead of a table that needs sideways scrolling. */
export function EstateCards({
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
  if (rows.length === 0) return <div style={{ padding: '24px 0' }}>{emptyText}</div>;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={12} role="list">
        {rows.map((r) => (
          <Card
            key={r.id}
            size="small"
            role="listitem"
            styles={{ body: { padding: 14 } }}
            style={{ borderColor: '#eceff4' }}
          >
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Typography.Text strong style={{ fontSize: 15 }}>
                  {r.name}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.code} · {r.region?.name ?? t('estates.noRegion')} · {label(ESTATE_TYPE_LABELS[r.type])}
                </Typography.Text>
              </Flex>
              <Flex gap={4}>
                {r.archivedAt ? <Tag>{t('common.archived')}</Tag> : null}
                <Tag color={STATUS_COLORS[r.status]} style={{ marginInlineEnd: 0 }}>
                  {label(ESTATE_STATUS_LABELS[r.status])}
                </Tag>
              </Flex>
            </Flex>
            {r.address ? (
              <Typography.Paragraph type="secondary" ellipsis style={{ fontSize: 12, margin: '6px 0 0' }}>
                {r.address}
              </Typography.Paragraph>
            ) : null}
            <Flex gap={8} style={{ marginTop: 10 }}>
              <Figure label={t('estates.columns.households')} value={formatNumber(r.households)} />
              <Figure label={t('estates.columns.grossFloorArea')} value={formatNumber(r.grossFloorArea)} />
              <Figure label={t('estates.columns.feeRate')} value={formatMoney(r.feeRate)} />
            </Flex>
            {!r.archivedAt && (canScorecard || canEdit(r) || canArchive(r)) ? (
              <Flex
                justify="flex-end"
                align="center"
                gap={8}
                style={{ marginTop: 10, borderTop: '1px solid #f0f0f0', paddingTop: 8 }}
              >
                {canScorecard ? (
                  <Link to={`/estates/${r.id}/scorecard`} style={{ marginInlineEnd: 'auto' }}>
                    {t('estates.scorecard')}
                  </Link>
                ) : null}
                {canEdit(r) ? (
                  <Button size="small" onClick={() => onEdit(r)}>
                    {t('common.edit')}
                  </Button>
                ) : null}
                {canArchive(r) ? (
                  <Popconfirm
                    title={t('estates.archiveConfirm', { name: r.name })}
                    description={t('estates.archiveHint')}
                    onConfirm={() => onArchive(r)}
                    okButtonProps={{ danger: true }}
                  >
                    <Button size="small" danger>
                      {t('common.archive')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Flex>
            ) : null}
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
