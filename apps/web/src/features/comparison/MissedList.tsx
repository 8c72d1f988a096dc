import { Card, Empty, Flex, List, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ComparisonFilter, MissedCommitmentsQuery } from '../../gql/graphql';
import { compareNames, compareNumbers } from '../../shared/collate';
import { TONES } from '../../shared/indicators/judgement';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { QueryError } from '../../shared/QueryError';
import { useFiguresLive } from '../../shared/useFiguresLive';
import { useIsMobile } from '../../shared/useIsMobile';
import { MissedCommitmentsQuery as MissedDoc } from './comparison.graphql';

type Missed = MissedCommitmentsQuery['missedCommitments'][number];

interface Props {
  filter: ComparisonFilter;
  onOpen(m: Missed): void;
}

/** Every commitment missed in the period: who, which indicator, how far off. */
export function MissedList({ filter, onOpen }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const text = useIndicatorText();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MissedDoc, variables: { filter } });
  useFiguresLive(() => refetch({ requestPolicy: 'network-only' }));
  const rows = data?.missedCommitments ?? [];

  const gapText = (m: Missed) => {
    if (m.gap == null) return '—';
    const sign = m.gap > 0 ? '+' : '';
    return `${sign}${text.value(m.gap, m.indicator.unit === 'PERCENT' ? 'COUNT' : m.indicator.unit)}${
      m.indicator.unit === 'PERCENT' ? t('comparison.missed.points') : ''
    }`;
  };

  if (error)
    return (
      <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} marginBottom={0} />
    );

  const empty = <Empty description={t('comparison.missed.empty')} />;

  if (mobile)
    return rows.length === 0 && !fetching ? (
      empty
    ) : (
      <List
        loading={fetching && !data}
        dataSource={rows}
        rowKey={(m) => `${m.estateId}-${m.indicator.code}`}
        renderItem={(m) => (
          <Card
            size="small"
            style={{ marginBottom: 8, borderColor: '#eceff4', cursor: 'pointer' }}
            onClick={() => onOpen(m)}
          >
            <Flex justify="space-between" gap={8}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Typography.Text strong>{m.estateName}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {text.name(m.indicator)}
                </Typography.Text>
              </Flex>
              <Flex vertical align="flex-end" style={{ flex: 'none' }}>
                <Typography.Text style={{ color: TONES.MISSED.fg, fontWeight: 600 }}>
                  {text.value(m.value, m.indicator.unit)}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('comparison.target')} {m.target.label}
                </Typography.Text>
              </Flex>
            </Flex>
          </Card>
        )}
      />
    );

  return (
    <Table<Missed>
      size="small"
      loading={fetching && !data}
      dataSource={rows}
      rowKey={(m) => `${m.estateId}-${m.indicator.code}`}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: empty }}
      scroll={{ x: 760 }}
      onRow={(m) => ({ onClick: () => onOpen(m), style: { cursor: 'pointer' } })}
      showSorterTooltip={{ target: 'sorter-icon' }}
      columns={[
        {
          title: t('comparison.estate'),
          dataIndex: 'estateName',
          width: 150,
          sorter: (a, b, order) => compareNames(a.estateName, b.estateName, order),
          render: (v: string, m) => (
            <Link
              to={`/estates/${m.estateId}/scorecard?period=${filter.period}`}
              onClick={(e) => e.stopPropagation()}
            >
              {v}
            </Link>
          ),
        },
        {
          title: t('comparison.region'),
          dataIndex: 'regionName',
          width: 90,
          sorter: (a, b, order) => compareNames(a.regionName, b.regionName, order),
          render: (v: string | null) => v ?? t('comparison.noRegion'),
        },
        {
          title: t('comparison.indicator'),
          key: 'indicator',
          sorter: (a, b, order) => compareNames(text.name(a.indicator), text.name(b.indicator), order),
          render: (_, m) => text.name(m.indicator),
        },
        {
          title: t('comparison.value'),
          key: 'value',
          width: 110,
          align: 'right',
          sorter: (a, b, order) => compareNumbers(a.value, b.value, order),
          render: (_, m) => (
            <span style={{ color: TONES.MISSED.fg, fontWeight: 600 }}>
              {text.value(m.value, m.indicator.unit)}
            </span>
          ),
        },
        {
          title: t('comparison.target'),
          key: 'target',
          width: 100,
          sorter: (a, b, order) => compareNumbers(a.target.value, b.target.value, order),
          render: (_, m) => m.target.label,
        },
        {
          title: t('comparison.missed.gap'),
          key: 'gap',
          width: 110,
          align: 'right',
          sorter: (a, b) => Math.abs(b.gap ?? 0) - Math.abs(a.gap ?? 0),
          render: (_, m) => gapText(m),
        },
      ]}
    />
  );
}
