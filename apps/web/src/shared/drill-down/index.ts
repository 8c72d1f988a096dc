/**
 * The drill-down of an indicator under a comparison cell, as every feature that computes
 * indicators shows it: the month picker, the loading, failure and empty states, the figure and
 * the records behind it. Each feature keeps its own query, columns and texts.
 */
export { DrillDownPanel, DrillEmpty } from './DrillDownPanel';
export { DrillFigure, DrillFigureLine, DrillNote } from './DrillFigure';
export { byCounted, DrillLine, type DrillLineProps, DrillList, DrillRows } from './DrillRows';
export {
  type DrillMonthsProps,
  drillMonths,
  type IndicatorDrillDownProps,
  indicatorDrillDown,
} from './indicatorDrillDown';
export { type DrillState, useDrillMonth, useDrillQuery } from './useDrillQuery';
