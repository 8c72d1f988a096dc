import { Alert, Button, Empty, Flex, Select, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../useErrorText';
import { usePeriodLabel } from '../usePeriodLabel';
import type { DrillState } from './useDrillQuery';

interface Props<A> {
  /** The section's test id (`work-order-drill-down` …). */
  testId: string;
  title: string;
  /** The month picker's accessible name. */
  monthLabel: string;
  /** The chosen month and its answer. */
  state: DrillState<A>;
  /** Offer the picker even for a single month; otherwise a single month is only named. */
  alwaysPick?: boolean;
  /** Said under the header when there are several months to choose from. */
  perMonth?: string;
  /** The failure alert's label, before the error's sentence. */
  loadFailed: string;
  /**
   * Join label and sentence with ': ' in every language (complaints and surveys do), rather than
   * with `common.labelValue` ('：' in Chinese).
   */
  plainColon?: boolean;
  /** Offers a retry button on the failure alert. */
  retry?: boolean;
  skeletonRows: number;
  /** When the answer holds nothing to show: the empty state with `nothing` instead of the body. */
  isEmpty?(answer: A): boolean;
  nothing?: string;
  children(answer: A): ReactNode;
}

/**
 * The frame of an indicator's drill-down under a comparison cell: title and month, then the
 * chosen month's failure, loading, empty state or body.
 */
export function DrillDownPanel<A>(props: Props<A>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const periodLabel = usePeriodLabel();
  const { picker, answer, error, retry } = props.state;
  const { months, month, setMonth } = picker;
  const several = months.length > 1;
  return (
    <section data-testid={props.testId}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
        {several || props.alwaysPick ? (
          <Select
            aria-label={props.monthLabel}
            size="small"
            value={month}
            onChange={setMonth}
            style={{ minWidth: 130 }}
            options={[...months].reverse().map((m) => ({ value: m, label: periodLabel(m) }))}
          />
        ) : (
          <Typography.Text type="secondary">{periodLabel(month)}</Typography.Text>
        )}
      </Flex>
      {several && props.perMonth ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
          {props.perMonth}
        </Typography.Paragraph>
      ) : null}
      {error && !answer ? (
        <Alert
          type="error"
          showIcon
          title={
            props.plainColon
              ? `${props.loadFailed}: ${errorText(error)}`
              : t('common.labelValue', { label: props.loadFailed, value: errorText(error) })
          }
          action={
            props.retry && retry ? (
              <Button size="small" onClick={retry}>
                {t('common.retry')}
              </Button>
            ) : undefined
          }
        />
      ) : !answer ? (
        <Skeleton active paragraph={{ rows: props.skeletonRows }} />
      ) : props.isEmpty?.(answer) ? (
        <DrillEmpty text={props.nothing} />
      ) : (
        <Flex vertical gap={8}>
          {props.children(answer)}
        </Flex>
      )}
    </section>
  );
}

/** A drill-down's "nothing in this month". */
export function DrillEmpty({ text }: { text: string | undefined }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
}
