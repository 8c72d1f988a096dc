import { Tooltip } from 'antd';
import { memo, type ReactNode, type SyntheticEvent, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { FloatingTip, type FloatingTipHandle } from './FloatingTip';
import {
  type AggregateRow,
  cellTone,
  cellView,
  columnTargets,
  type Matrix,
  type MatrixIndicator,
  type MatrixRow,
} from './heatMap';
import './heatMap.css';

interface Props {
  matrix: Matrix;
  onCellClick(row: MatrixRow, indicator: MatrixIndicator): void;
}

function TipLine({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div>
      <span style={{ opacity: 0.75 }}>{t('common.labelColon', { label })}</span>
      {children}
    </div>
  );
}

/**
 * Estates × indicators, coloured by met / missed / no data / no target. The estate column and the
 * header stick while the table scrolls both ways; region and company aggregates close it. Cells
 * carry their row and column; one floating tip (event delegation) explains the hovered cell.
 */
export function HeatMap({ matrix, onCellClick }: Props) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const tipRef = useRef<FloatingTipHandle>(null);
  const { indicators } = matrix;
  const aggregates = useMemo(() => [...matrix.regions, matrix.company], [matrix]);
  const companyLabel = t('comparison.heatmap.companyRow');
  const aggregateLabel = useCallback(
    (i: number) => (i === aggregates.length - 1 ? companyLabel : (aggregates[i]?.name ?? '')),
    [aggregates, companyLabel],
  );

  const tipFor = useCallback(
    (el: HTMLElement): ReactNode => {
      const col = Number(el.dataset.col);
      const ind = indicators[col];
      if (!ind) return null;
      if (el.dataset.agg != null) {
        const i = Number(el.dataset.agg);
        const cell = aggregates[i]?.cells[col];
        if (!cell) return null;
        return (
          <>
            <div style={{ fontWeight: 600 }}>
              {aggregateLabel(i)} · {text.name(ind)}
            </div>
            <TipLine label={t('comparison.pooledValue')}>{text.value(cell.value, ind.unit)}</TipLine>
            <TipLine label={t('comparison.companyTarget')}>
              {cell.target?.label ?? t('comparison.noTarget')}
            </TipLine>
            <TipLine label={t('comparison.estatesMetMissed')}>
              {t('comparison.metMissedCount', { met: cell.metCount, missed: cell.missedCount })}
            </TipLine>
          </>
        );
      }
      const row = matrix.rows[Number(el.dataset.row)];
      const cell = row ? cellView(matrix, row, col) : null;
      if (!row || !cell) return null;
      return (
        <>
          <div style={{ fontWeight: 600 }}>
            {row.estateName} · {text.name(ind)}
          </div>
          <TipLine label={t('comparison.value')}>{text.value(cell.value, ind.unit)}</TipLine>
          <TipLine label={t('comparison.target')}>{cell.target?.label ?? t('comparison.noTarget')}</TipLine>
          <TipLine label={t('comparison.judgement')}>{t(`judgement.${cell.judgement}`)}</TipLine>
          {cell.rank != null ? (
            <TipLine label={t('comparison.rank')}>
              {t('comparison.rankOf', { rank: cell.rank, of: matrix.rows.length })}
            </TipLine>
          ) : null}
          {cell.per1000 != null ? (
            <TipLine label={t('comparison.per1000')}>{text.value(cell.per1000, 'COUNT')}</TipLine>
          ) : null}
          <TipLine label={t('comparison.monthsWithData')}>
            {cell.months} / {matrix.months.length}
          </TipLine>
          <div style={{ opacity: 0.75, marginTop: 2 }}>{t('comparison.heatmap.clickHint')}</div>
        </>
      );
    },
    [indicators, aggregates, aggregateLabel, matrix, text, t],
  );

  const showTip = (e: SyntheticEvent) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-col]');
    if (!el) return;
    const content = tipFor(el);
    if (content) tipRef.current?.show(content, el.getBoundingClientRect());
  };
  const hideTip = () => tipRef.current?.hide();

  const onClick = useCallback(
    (rowIndex: number, col: number) => {
      const row = matrix.rows[rowIndex];
      const ind = indicators[col];
      if (row && ind) onCellClick(row, ind);
    },
    [matrix, indicators, onCellClick],
  );

  return (
    // The cells are buttons: tabbing through them scrolls the box, so the box needs no tab stop.
    <section
      className="heatmap-scroll print-landscape"
      aria-label={t('comparison.tabs.heatmap')}
      onScroll={hideTip}
    >
      <table
        className="heatmap"
        data-testid="heatmap"
        onMouseOver={showTip}
        onMouseLeave={hideTip}
        onFocus={showTip}
        onBlur={hideTip}
      >
        <HeatMapHead matrix={matrix} />
        <tbody>
          {matrix.rows.map((row, r) => (
            <EstateRow key={row.estateId} row={row} index={r} matrix={matrix} onClick={onClick} />
          ))}
        </tbody>
        <tfoot>
          {aggregates.map((agg, i) => (
            <AggregateLine
              key={agg.regionId ?? `company-${i}`}
              agg={agg}
              index={i}
              label={aggregateLabel(i)}
              indicators={indicators}
            />
          ))}
        </tfoot>
      </table>
      <FloatingTip ref={tipRef} />
    </section>
  );
}

const HeatMapHead = memo(function HeatMapHead({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const targets = useMemo(() => columnTargets(matrix), [matrix]);
  return (
    <thead>
      <tr>
        <th className="hm-estate" scope="col">
          {t('comparison.estate')}
        </th>
        {matrix.indicators.map((ind) => (
          <Tooltip
            key={ind.code}
            title={
              <div style={{ fontSize: 12, lineHeight: 1.6 }}>
                <div style={{ fontWeight: 600 }}>{text.name(ind)}</div>
                <div>
                  {t('common.labelValue', {
                    label: t('comparison.companyTarget'),
                    value: targets.get(ind.code) ?? t('comparison.noTarget'),
                  })}
                </div>
                <div style={{ opacity: 0.75 }}>{text.description(ind)}</div>
              </div>
            }
          >
            <th scope="col" aria-label={text.name(ind)}>
              {text.shortName(ind)}
            </th>
          </Tooltip>
        ))}
      </tr>
    </thead>
  );
});

const EstateRow = memo(function EstateRow({
  row,
  index,
  matrix,
  onClick,
}: {
  row: MatrixRow;
  index: number;
  matrix: Matrix;
  onClick(row: number, col: number): void;
}) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  return (
    <tr>
      <th scope="row" className="hm-estate">
        <Link
          className="hm-estate-name"
          to={`/estates/${row.estateId}/scorecard?period=${matrix.period}`}
          title={row.estateName}
        >
          {row.estateName}
        </Link>
        <span className="hm-estate-sub">
          {row.rank != null
            ? t('comparison.heatmap.rankLine', {
                rank: row.rank,
                rate: row.metRate == null ? '—' : `${row.metRate}%`,
              })
            : (row.regionName ?? t('comparison.noRegion'))}
        </span>
      </th>
      {matrix.indicators.map((ind, j) => {
        const cell = cellView(matrix, row, j);
        if (!cell) return <td key={ind.code} />;
        const tone = cellTone(cell.judgement);
        return (
          <td key={ind.code}>
            <button
              type="button"
              className="hm-cell"
              style={{ background: tone.bg, color: tone.fg }}
              aria-label={t('comparison.heatmap.cellLabel', {
                estate: row.estateName,
                indicator: text.name(ind),
                value: text.value(cell.value, ind.unit),
                target: cell.target?.label ?? t('comparison.noTarget'),
                judgement: t(`judgement.${cell.judgement}` as 'judgement.MET'),
              })}
              data-judgement={cell.judgement}
              data-row={index}
              data-col={j}
              onClick={() => onClick(index, j)}
            >
              {text.value(cell.value, ind.unit, true)}
            </button>
          </td>
        );
      })}
    </tr>
  );
});

const AggregateLine = memo(function AggregateLine({
  agg,
  index,
  label,
  indicators,
}: {
  agg: AggregateRow;
  index: number;
  label: string;
  indicators: readonly MatrixIndicator[];
}) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  return (
    <tr>
      <th scope="row" className="hm-estate">
        <span className="hm-estate-name">{label}</span>
        <span className="hm-estate-sub">
          {t('comparison.heatmap.estateCount', { count: agg.estateCount })}
        </span>
      </th>
      {indicators.map((ind, j) => {
        const cell = agg.cells[j];
        if (!cell) return <td key={ind.code} />;
        const tone = cellTone(cell.judgement);
        return (
          <td key={ind.code}>
            <span
              className="hm-cell hm-static"
              style={{ background: tone.bg, color: tone.fg }}
              data-judgement={cell.judgement}
              data-agg={index}
              data-col={j}
            >
              {text.value(cell.value, ind.unit, true)}
            </span>
          </td>
        );
      })}
    </tr>
  );
});
