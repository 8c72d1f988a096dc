import { ESTATE_TYPE_LABELS, ESTATE_TYPES, type EstateType } from '@anju/domain';
import { Alert, Badge, Card, Empty, Flex, Segmented, Select, Skeleton, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { ComparisonFilter } from '../../gql/graphql';
import { FilterRegionsQuery } from '../../shared/indicators/indicators.graphql';
import { PageHeader } from '../../shared/PageHeader';
import { PeriodPicker } from '../../shared/PeriodPicker';
import { lastCompleteQuarter, periodBounds } from '../../shared/period';
import { QueryError } from '../../shared/QueryError';
import { useCurrentMonth } from '../../shared/useCurrentMonth';
import { useFiguresLive } from '../../shared/useFiguresLive';
import { useIsMobile } from '../../shared/useIsMobile';
import { useLabel } from '../../shared/useLabel';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { CellHistoryDrawer, type CellSelection } from './CellHistoryDrawer';
import { ComparisonMatrixQuery } from './comparison.graphql';
import { ExportButtons } from './ExportButtons';
import { HeatMap } from './HeatMap';
import { HeatMapLegend } from './HeatMapLegend';
import { cellView, legendCounts, type MatrixIndicator, type MatrixRow } from './heatMap';
import { LeagueTable } from './LeagueTable';
import { MissedList } from './MissedList';
import { TrendsPanel } from './TrendsPanel';
import { useIndicatorAlerts } from './useIndicatorAlerts';

const TABS = ['heatmap', 'league', 'trends', 'missed'] as const;

/** Heat-map rows by name (pinyin order) or by league position. */
function sortRows(rows: readonly MatrixRow[], order: 'name' | 'rank'): MatrixRow[] {
  const byName = (a: MatrixRow, b: MatrixRow) => a.estateName.localeCompare(b.estateName, 'zh-CN');
  return [...rows].sort(
    order === 'name'
      ? byName
      : (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || byName(a, b),
  );
}
type Tab = (typeof TABS)[number];

/** HQ's comparison: every estate against its commitments for a period, four ways. */
export function ComparisonPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const periodLabel = usePeriodLabel();
  const mobile = useIsMobile();
  const { ability } = useSession();
  const currentMonth = useCurrentMonth();
  const [params, setParams] = useSearchParams();

  // Filters live in the URL, so a link or a reload shows the same comparison.
  const period = params.get('period') ?? lastCompleteQuarter(currentMonth);
  const regionId = params.get('region') ?? undefined;
  const estateType = (params.get('type') as EstateType | null) ?? undefined;
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'heatmap';
  const setParam = useCallback(
    (key: string, value: string | undefined) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const filter = useMemo<ComparisonFilter>(
    () => ({ period, regionId: regionId ?? null, estateType: estateType ?? null }),
    [period, regionId, estateType],
  );
  const [matrix, refetch] = useQuery({ query: ComparisonMatrixQuery, variables: { filter } });
  const [regions] = useQuery({ query: FilterRegionsQuery, pause: !ability.can('read', 'Region') });
  const live = useFiguresLive(() => refetch({ requestPolicy: 'network-only' }));
  const data = matrix.data?.comparisonMatrix;
  useIndicatorAlerts((code) => data?.indicators.find((i) => i.code === code)?.unit);

  const [order, setOrder] = useState<'name' | 'rank'>('name');
  const [selected, setSelected] = useState<{ estateId: string; code: string } | null>(null);
  // Stable, so opening the drawer does not re-render the heat map's memoised rows.
  const openCell = useCallback(
    (row: MatrixRow, indicator: MatrixIndicator) =>
      setSelected({ estateId: row.estateId, code: indicator.code }),
    [],
  );
  // Read from the current matrix, so the open drawer follows live updates like the heat map.
  const selection = useMemo((): CellSelection | null => {
    if (!data || !selected) return null;
    const row = data.rows.find((r) => r.estateId === selected.estateId);
    const j = data.indicators.findIndex((i) => i.code === selected.code);
    const indicator = data.indicators[j];
    if (!row || !indicator) return null;
    return {
      estateId: row.estateId,
      estateName: row.estateName,
      indicator,
      cell: cellView(data, row, j),
      filter,
      periodMonths: data.months.length,
    };
  }, [data, selected, filter]);

  const counts = useMemo(() => legendCounts(data?.rows ?? []), [data]);
  const sorted = useMemo(() => (data ? { ...data, rows: sortRows(data.rows, order) } : null), [data, order]);
  const endMonth = useMemo(() => {
    // The earlier of the period's end and this month (YYYY-MM sorts as text).
    return [periodBounds(period).to, currentMonth].sort()[0]!;
  }, [period, currentMonth]);
  const firstLoad = matrix.fetching && !data;
  const noEstates = data && data.rows.length === 0;
  const noFigures = data && data.rows.length > 0 && counts.MET + counts.MISSED === 0;

  const body = (content: React.ReactNode) =>
    firstLoad ? (
      <Skeleton active paragraph={{ rows: 10 }} />
    ) : noEstates ? (
      <Empty description={t('comparison.noEstates')} />
    ) : (
      content
    );

  return (
    <div>
      <PageHeader
        title={t('comparison.title')}
        subtitle={t('comparison.subtitle', { period: periodLabel(period) })}
        extra={<ExportButtons filter={filter} disabled={!data || data.rows.length === 0} />}
      />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <PeriodPicker
            value={period}
            onChange={(p) => setParam('period', p)}
            currentMonth={currentMonth}
            block={mobile}
          />
          {ability.can('read', 'Region') ? (
            <Select
              allowClear
              placeholder={t('comparison.allRegions')}
              value={regionId}
              onChange={(v) => setParam('region', v)}
              loading={regions.fetching}
              options={regions.data?.regions.map((r) => ({ value: r.id, label: r.name })) ?? []}
              style={{ width: mobile ? 'calc(50% - 6px)' : 150 }}
              aria-label={t('comparison.allRegions')}
            />
          ) : null}
          <Select
            allowClear
            placeholder={t('comparison.allTypes')}
            value={estateType}
            onChange={(v) => setParam('type', v)}
            options={ESTATE_TYPES.map((type) => ({ value: type, label: label(ESTATE_TYPE_LABELS[type]) }))}
            style={{ width: mobile ? 'calc(50% - 6px)' : 130 }}
            aria-label={t('comparison.allTypes')}
          />
        </Flex>
        {matrix.error ? (
          <QueryError
            error={matrix.error}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
            marginBottom={12}
          />
        ) : null}
        {noFigures ? (
          <Alert
            type="info"
            showIcon
            title={t('comparison.noFigures', { period: periodLabel(period) })}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Tabs
          activeKey={tab}
          tabBarExtraContent={
            <Badge
              status={live.connected ? 'processing' : 'default'}
              title={live.connected ? t('comparison.live') : t('comparison.liveOff')}
              text={
                mobile ? null : (
                  <span style={{ color: '#8c8c8c', fontSize: 12 }}>
                    {live.connected ? t('comparison.live') : t('comparison.liveOff')}
                  </span>
                )
              }
            />
          }
          onChange={(k) => setParam('tab', k === 'heatmap' ? undefined : k)}
          items={[
            {
              key: 'heatmap',
              label: t('comparison.tabs.heatmap'),
              children: body(
                data ? (
                  <Flex vertical gap={12}>
                    <Flex justify="space-between" wrap gap={8} align="center">
                      <HeatMapLegend counts={counts} />
                      <Flex gap={12} align="center" wrap>
                        {mobile ? null : (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('comparison.heatmap.hint')}
                          </Typography.Text>
                        )}
                        <Segmented<'name' | 'rank'>
                          size="small"
                          value={order}
                          onChange={setOrder}
                          options={[
                            { value: 'name', label: t('comparison.heatmap.byName') },
                            { value: 'rank', label: t('comparison.heatmap.byRank') },
                          ]}
                        />
                      </Flex>
                    </Flex>
                    <HeatMap matrix={sorted ?? data} onCellClick={openCell} />
                  </Flex>
                ) : null,
              ),
            },
            {
              key: 'league',
              label: t('comparison.tabs.league'),
              children: body(
                data ? <LeagueTable matrix={data} loading={matrix.fetching} onCellClick={openCell} /> : null,
              ),
            },
            {
              key: 'trends',
              label: t('comparison.tabs.trends'),
              children: body(
                data ? (
                  <TrendsPanel key={`${regionId}-${estateType}`} matrix={data} endMonth={endMonth} />
                ) : null,
              ),
            },
            {
              key: 'missed',
              label: (
                <span>
                  {t('comparison.tabs.missed')}
                  {counts.MISSED > 0 ? (
                    <Badge
                      count={counts.MISSED}
                      overflowCount={999}
                      size="small"
                      style={{ marginInlineStart: 6 }}
                    />
                  ) : null}
                </span>
              ),
              children: (
                <MissedList
                  filter={filter}
                  onOpen={(m) => setSelected({ estateId: m.estateId, code: m.indicator.code })}
                />
              ),
            },
          ]}
        />
      </Card>
      <CellHistoryDrawer selection={selection} endMonth={endMonth} onClose={() => setSelected(null)} />
    </div>
  );
}
