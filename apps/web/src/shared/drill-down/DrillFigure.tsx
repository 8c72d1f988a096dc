import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatNumber } from '../format';

/** An indicator's figure as a drill-down answer carries it. */
export interface DrillAnswerFigure {
  numerator?: number | null;
  denominator?: number | null;
  value?: number | null;
}

interface FigureProps {
  /** `work-order-drill-figure` … */
  testId: string;
  answer: DrillAnswerFigure;
  /** The sentence of a ratio: its value already a percentage ('—' when there is none). */
  text(figure: { numerator: number; denominator: number; value: string }): string;
  /** The sentence of a count (no denominator); without it a count is not shown. */
  count?(numerator: number): string;
}

/** The month's figure above the records behind it; nothing when the month has none. */
export function DrillFigure({ testId, answer, text, count }: FigureProps) {
  const { numerator, denominator, value } = answer;
  if (numerator == null || (denominator == null && !count)) return null;
  return (
    <Typography.Text strong data-testid={testId}>
      {denominator != null
        ? text({ numerator, denominator, value: value == null ? '—' : `${formatNumber(value)}%` })
        : count!(numerator)}
    </Typography.Text>
  );
}

/** The figure with a note beside it (why some records are withheld), wrapping on a narrow screen. */
export function DrillFigureLine({ note, ...figure }: FigureProps & { note: string | null }) {
  return (
    <Flex wrap gap={8} align="center">
      <DrillFigure {...figure} />
      {note ? <DrillNote>{note}</DrillNote> : null}
    </Flex>
  );
}

/** A drill-down's small secondary text. */
export function DrillNote({ children }: { children: ReactNode }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {children}
    </Typography.Text>
  );
}
