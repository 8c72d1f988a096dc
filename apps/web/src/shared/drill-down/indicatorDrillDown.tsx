import { monthRange } from '@anju/domain';
import { type ComponentType, useMemo } from 'react';
import { periodBounds } from '../period';

/** What a comparison cell hands its drill-down. */
export interface IndicatorDrillDownProps {
  estateId: string;
  indicatorCode: string;
  /** The comparison's period (`2025-03`, `2025-Q1` …): its months may be chosen. */
  period: string;
  /** The last month to offer (this month): never after the period's end either. */
  lastMonth: string;
}

/** What the body of a drill-down gets: the months to offer, oldest first. */
export interface DrillMonthsProps {
  estateId: string;
  indicatorCode: string;
  months: string[];
}

/** The months of a comparison period a drill-down offers (never after `lastMonth`). */
export function drillMonths(period: string, lastMonth: string): string[] {
  const { from, to } = periodBounds(period);
  const end = to < lastMonth ? to : lastMonth;
  return from <= end ? monthRange(from, end) : [];
}

/**
 * A comparison cell's drill-down: nothing for an indicator `accepts` refuses or a period with no
 * month to offer; otherwise `Body`, mounted afresh (its chosen month forgotten) for another
 * estate, indicator or period.
 */
export function indicatorDrillDown(
  accepts: (indicatorCode: string) => boolean,
  Body: ComponentType<DrillMonthsProps>,
) {
  return function IndicatorDrillDown({
    estateId,
    indicatorCode,
    period,
    lastMonth,
  }: IndicatorDrillDownProps) {
    const months = useMemo(() => drillMonths(period, lastMonth), [period, lastMonth]);
    if (!accepts(indicatorCode) || months.length === 0) return null;
    return (
      <Body
        key={`${estateId}:${indicatorCode}:${period}`}
        estateId={estateId}
        indicatorCode={indicatorCode}
        months={months}
      />
    );
  };
}
