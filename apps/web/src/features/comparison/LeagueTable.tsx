import { compareValues } from '@anju/domain';
import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { compareNames } from '../../shared/collate';
import { TONES } from '../../shared/indicators/judgement';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { cellView, type Matrix, type MatrixIndicator, type MatrixRow } from './heatMap';

interface Props {
  matrix: Matrix;
  loading: boolean;
  onCellClick(row: MatrixRow, indicator: MatrixIndicator): void;
}

/** Nulls last whichever way: an estate without a rank never tops the table. */
function byNumber(a: number | null | undefined, b: number | null | undefined, betterLow: boolean): number {
  if (a == null && b == null) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  return betterLow ? a - b : b - a;
}

/** The league table: every column sorts; the first sort is the league position. */
export function LeagueTable({ matrix, loading, onCellClick }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const text = useIndicatorText();

  const columns: ColumnsType<MatrixRow> = [
    {
      title: t('comparison.league.rank'),
      dataIndex: 'rank',
      key: 'rank',
      width: mobile ? 68 : 72,
      fixed: 'left',
      align: 'center',
      defaultSortOrder: 'ascend',
      sorter: (a, b) => byNumber(a.rank, b.rank, true),
      render: (v: number | null) => (v == null ? '—' : <Typography.Text strong>{v}</Typography.Text>),
    },
    {
      title: t('comparison.estate'),
      dataIndex: 'estateName',
      key: 'estate',
      width: mobile ? 104 : 150,
      fixed: 'left',
      sorter: (a, b, order) => compareNames(a.estateName, b.estateName, order),
      render: (_, r) => (
        <Link to={`/estates/${r.estateId}/scorecard?period=${matrix.period}`}>{r.estateName}</Link>
      ),
    },
    {
      title: t('comparison.region'),
      dataIndex: 'regionName',
      key: 'region',
      width: 90,
      sorter: (a, b, order) => compareNames(a.regionName, b.regionName, order),
      render: (v: string | null) => v ?? t('comparison.noRegion'),
    },
    {
      title: t('comparison.league.met'),
      dataIndex: 'metCount',
      key: 'met',
      width: 80,
      align: 'right',
      sorter: (a, b) => b.metCount - a.metCount,
    },
    {
      title: t('comparison.league.missed'),
      dataIndex: 'missedCount',
      key: 'missed',
      width: 80,
      align: 'right',
      sorter: (a, b) => a.missedCount - b.missedCount,
      render: (v: number) => (v > 0 ? <span style={{ color: TONES.MISSED.fg }}>{v}</span> : v),
    },
    {
      title: t('comparison.league.noData'),
      dataIndex: 'noDataCount',
      key: 'noData',
      width: 80,
      align: 'right',
      sorter: (a, b) => a.noDataCount - b.noDataCount,
    },
    {
      title: t('comparison.league.metRate'),
      dataIndex: 'metRate',
      key: 'metRate',
      width: 96,
      align: 'right',
      sorter: (a, b) => byNumber(a.metRate, b.metRate, false),
      render: (v: number | null) => (v == null ? '—' : `${v}%`),
    },
    ...matrix.indicators.map((ind, j): ColumnsType<MatrixRow>[number] => ({
      title: (
        <Tooltip title={text.name(ind)}>
          <span>{text.shortName(ind)}</span>
        </Tooltip>
      ),
      key: `ind-${ind.code}`,
      width: 92,
      align: 'right',
      showSorterTooltip: false,
      sorter: (a, b) => compareValues(ind.direction, a.values[j] ?? null, b.values[j] ?? null),
      render: (_, r) => {
        const cell = cellView(matrix, r, j);
        if (!cell) return null;
        const tone = TONES[cell.judgement];
        return (
          <button
            type="button"
            onClick={() => onCellClick(r, ind)}
            title={cell.target ? `${t('comparison.target')} ${cell.target.label}` : t('comparison.noTarget')}
            style={{
              border: 0,
              borderRadius: 4,
              padding: '2px 6px',
              background: tone.bg,
              color: tone.fg,
              cursor: 'pointer',
              font: 'inherit',
              fontVariantNumeric: 'tabular-nums',
              whiteSpace: 'nowrap',
            }}
          >
            {text.value(cell.value, ind.unit, true)}
          </button>
        );
      },
    })),
  ];

  return (
    <Table<MatrixRow>
      rowKey="estateId"
      data-testid="league-table"
      columns={columns}
      dataSource={matrix.rows}
      loading={loading}
      size="small"
      pagination={matrix.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 560 + matrix.indicators.length * 92 }}
      sticky={{ offsetHeader: 56 }}
      showSorterTooltip={{ target: 'sorter-icon' }}
    />
  );
}
