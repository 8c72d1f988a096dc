import { Button, Card, Flex, Popconfirm, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { EffectiveTargetFieldsFragment, IndicatorFieldsFragment } from '../../gql/graphql';
import { compareNames, compareNumbers } from '../../shared/collate';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { usePeriodLabel } from '../../shared/usePeriodLabel';

export interface CatalogueRow {
  indicator: IndicatorFieldsFragment;
  target: EffectiveTargetFieldsFragment | null;
}

interface Props {
  rows: CatalogueRow[];
  loading: boolean;
  mobile: boolean;
  scopeIsEstate: boolean;
  onSetTarget(row: CatalogueRow): void;
  onHistory(row: CatalogueRow): void;
  onRetire(row: CatalogueRow): void;
}

const SOURCE_COLORS = { PRESET: 'default', COMPANY: 'blue', ESTATE: 'purple' } as const;

/** The catalogue with presets A/B and the target in force for the chosen scope this month. */
export function CatalogueTable({
  rows,
  loading,
  mobile,
  scopeIsEstate,
  onSetTarget,
  onHistory,
  onRetire,
}: Props) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const periodLabel = usePeriodLabel();

  const nameCell = (i: IndicatorFieldsFragment) => (
    <Flex vertical gap={2}>
      <Tooltip title={text.description(i)} placement="topLeft">
        <Typography.Text strong={!i.retired} delete={i.retired}>
          {text.name(i)}
        </Typography.Text>
      </Tooltip>
      <Flex gap={4} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} code>
          {i.code}
        </Typography.Text>
        {i.builtIn ? null : <Tag color="cyan">{t('indicators.custom')}</Tag>}
        {i.computed ? <Tag color="blue">{t('figures.computed')}</Tag> : null}
        {i.retired ? <Tag>{t('indicators.retired')}</Tag> : null}
      </Flex>
    </Flex>
  );
  const targetCell = (target: CatalogueRow['target']) =>
    target ? (
      <Flex gap={6} align="center" wrap>
        <Typography.Text strong>{target.target?.label ?? t('comparison.noTarget')}</Typography.Text>
        <Tag color={SOURCE_COLORS[target.source]} style={{ marginInlineEnd: 0 }}>
          {t(`indicators.sources.${target.source}`, { preset: target.preset })}
        </Tag>
        {target.effectiveMonth && target.source !== 'PRESET' ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('indicators.since', { month: periodLabel(target.effectiveMonth) })}
          </Typography.Text>
        ) : null}
      </Flex>
    ) : (
      '—'
    );
  const actions = (row: CatalogueRow) => (
    <Flex gap={12} className="table-actions" wrap>
      {!row.indicator.retired ? (
        <Button type="link" size="small" onClick={() => onSetTarget(row)}>
          {t('indicators.setTarget')}
        </Button>
      ) : null}
      <Button type="link" size="small" onClick={() => onHistory(row)}>
        {t('indicators.history.button')}
      </Button>
      {!row.indicator.builtIn && !row.indicator.retired ? (
        <Popconfirm
          title={t('indicators.retireConfirm', { name: text.name(row.indicator) })}
          description={t('indicators.retireHint')}
          okButtonProps={{ danger: true }}
          onConfirm={() => onRetire(row)}
        >
          <Button type="link" size="small" danger>
            {t('indicators.retire')}
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );

  if (mobile)
    return (
      <Spin spinning={loading}>
        <Flex vertical gap={10} role="list">
          {rows.map((row) => (
            <Card
              key={row.indicator.code}
              size="small"
              role="listitem"
              style={{ borderColor: '#eceff4' }}
              styles={{ body: { padding: 12 } }}
            >
              {nameCell(row.indicator)}
              <Flex vertical gap={4} style={{ marginTop: 8, fontSize: 13 }}>
                <Flex gap={6} align="center" wrap>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {scopeIsEstate ? t('indicators.targetEstate') : t('indicators.targetCompany')}
                  </Typography.Text>
                  {targetCell(row.target)}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('indicators.presetA')} {row.indicator.presetA?.label ?? '—'} · {t('indicators.presetB')}{' '}
                  {row.indicator.presetB?.label ?? '—'} · {t(`indicators.units.${row.indicator.unit}`)}
                </Typography.Text>
              </Flex>
              <div style={{ marginTop: 6 }}>{actions(row)}</div>
            </Card>
          ))}
        </Flex>
      </Spin>
    );

  // The catalogue's own order (built-ins as DOMAIN.md lists them) until a header is clicked; the
  // whole catalogue is loaded, so a header sorts all of it. Targets and presets sort by value.
  const columns: ColumnsType<CatalogueRow> = [
    {
      title: t('comparison.indicator'),
      key: 'name',
      fixed: 'left',
      width: 240,
      sorter: (a, b, order) => compareNames(text.name(a.indicator), text.name(b.indicator), order),
      render: (_, { indicator: i }) => nameCell(i),
    },
    {
      title: t('indicators.unit'),
      key: 'unit',
      width: 100,
      sorter: (a, b, order) =>
        compareNames(
          t(`indicators.units.${a.indicator.unit}`),
          t(`indicators.units.${b.indicator.unit}`),
          order,
        ),
      render: (_, { indicator: i }) => t(`indicators.units.${i.unit}`),
    },
    {
      title: t('indicators.measurement'),
      key: 'measurement',
      width: 110,
      sorter: (a, b, order) =>
        compareNames(
          t(`indicators.measurements.${a.indicator.measurement}`),
          t(`indicators.measurements.${b.indicator.measurement}`),
          order,
        ),
      render: (_, { indicator: i }) => t(`indicators.measurements.${i.measurement}`),
    },
    {
      title: t('indicators.presetA'),
      key: 'a',
      width: 90,
      sorter: (a, b, order) => compareNumbers(a.indicator.presetA?.value, b.indicator.presetA?.value, order),
      render: (_, { indicator: i }) => i.presetA?.label ?? '—',
    },
    {
      title: t('indicators.presetB'),
      key: 'b',
      width: 90,
      sorter: (a, b, order) => compareNumbers(a.indicator.presetB?.value, b.indicator.presetB?.value, order),
      render: (_, { indicator: i }) => i.presetB?.label ?? '—',
    },
    {
      title: scopeIsEstate ? t('indicators.targetEstate') : t('indicators.targetCompany'),
      key: 'target',
      width: 200,
      sorter: (a, b, order) => compareNumbers(a.target?.target?.value, b.target?.target?.value, order),
      render: (_, { target }) => targetCell(target),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, row) => actions(row),
    },
  ];

  return (
    <Table<CatalogueRow>
      rowKey={(r) => r.indicator.code}
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 1030 }}
      sticky={{ offsetHeader: 56 }}
      showSorterTooltip={{ target: 'sorter-icon' }}
    />
  );
}
