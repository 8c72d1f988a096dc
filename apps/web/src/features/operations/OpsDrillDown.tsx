import {
  ESTATE_OPS_INDICATOR_CODES,
  FACILITY_INDICATOR_CODES,
  INCIDENT_INDICATOR_CODES,
  monthRange,
} from '@anju/domain';
import { Alert, Empty, Flex, List, Select, Skeleton, Tag, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatNumber } from '../../shared/format';
import { periodBounds } from '../../shared/period';
import { useErrorText } from '../../shared/useErrorText';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import {
  ActivityIndicatorDrillDownQuery,
  FacilityCheckIndicatorDrillDownQuery,
  FeeIndicatorDrillDownQuery,
  IncidentIndicatorDrillDownQuery,
} from './operations.graphql';

interface Props {
  estateId: string;
  /** An indicator the estate's records compute (anything else renders nothing). */
  indicatorCode: string;
  /** The comparison's period: its months may be chosen. */
  period: string;
  /** The last month to offer (this month). */
  lastMonth: string;
}

/** The records behind a comparison cell of fees, incidents, facility checks, activities or services. */
export function OpsDrillDown({ estateId, indicatorCode, period, lastMonth }: Props) {
  const months = useMemo(() => {
    const { from, to } = periodBounds(period);
    const end = to < lastMonth ? to : lastMonth;
    return from <= end ? monthRange(from, end) : [];
  }, [period, lastMonth]);
  if (!ESTATE_OPS_INDICATOR_CODES.includes(indicatorCode) || months.length === 0) return null;
  return (
    <Records
      key={`${estateId}:${indicatorCode}:${period}`}
      estateId={estateId}
      indicatorCode={indicatorCode}
      months={months}
    />
  );
}

type Line = { key: string; title: ReactNode; detail?: ReactNode; counted?: boolean };
type Answer =
  | { numerator?: number | null; denominator?: number | null; value?: number | null; lines: Line[] }
  | undefined;

function useRecords(
  estateId: string,
  indicatorCode: string,
  month: string,
): { answer: Answer; error?: unknown } {
  const { t } = useTranslation();
  const variables = { estateId, indicatorCode, month };
  const fee = indicatorCode === 'fee_collection';
  const incident = (INCIDENT_INDICATOR_CODES as readonly string[]).includes(indicatorCode);
  const check = FACILITY_INDICATOR_CODES.includes(indicatorCode as (typeof FACILITY_INDICATOR_CODES)[number]);
  const activity = !fee && !incident && !check;
  const [f] = useQuery({ query: FeeIndicatorDrillDownQuery, variables, pause: !fee });
  const [i] = useQuery({ query: IncidentIndicatorDrillDownQuery, variables, pause: !incident });
  const [c] = useQuery({ query: FacilityCheckIndicatorDrillDownQuery, variables, pause: !check });
  const [a] = useQuery({ query: ActivityIndicatorDrillDownQuery, variables, pause: !activity });
  const kind = (k: string) => t(`operations.incidents.kinds.${k}` as 'operations.incidents.kinds.FIRE');
  if (fee) {
    const d = f.data?.feeIndicatorDrillDown;
    return {
      error: f.error,
      answer:
        d?.month === month
          ? {
              ...d,
              lines: d.rows.map((r) => ({
                key: r.id,
                title: r.month,
                detail: `${t('operations.fees.collected')} ${r.collected} / ${t('operations.fees.receivable')} ${r.receivable}`,
              })),
            }
          : undefined,
    };
  }
  if (incident) {
    const d = i.data?.incidentIndicatorDrillDown;
    return {
      error: i.error,
      answer:
        d?.month === month
          ? {
              ...d,
              lines: d.rows.map((r) => ({
                key: r.incident.id,
                title: `${r.incident.occurredOn} · ${kind(r.incident.kind)} · ${r.incident.place}`,
                detail: r.incident.description,
                counted: r.counted,
              })),
            }
          : undefined,
    };
  }
  if (check) {
    const d = c.data?.facilityCheckIndicatorDrillDown;
    return {
      error: c.error,
      answer:
        d?.month === month
          ? {
              ...d,
              lines: d.rows.map((r) => ({
                key: r.id,
                title: `${r.checkedOn} · ${r.itemsIntact} / ${r.itemsChecked} · ${r.checker}`,
                detail: r.defects ?? undefined,
              })),
            }
          : undefined,
    };
  }
  const d = a.data?.activityIndicatorDrillDown;
  return {
    error: a.error,
    answer:
      d?.month === month
        ? {
            numerator: d.numerator,
            value: d.value,
            lines: [
              ...d.activities.map((r) => ({
                key: r.id,
                title: `${r.heldOn} · ${r.title}`,
                detail: `${t('operations.activities.attendance')} ${r.attendance}`,
              })),
              ...d.services.map((r) => ({ key: r.id, title: r.name, detail: `¥${r.price} / ${r.unit}` })),
            ],
          }
        : undefined,
  };
}

function Records({
  estateId,
  indicatorCode,
  months,
}: {
  estateId: string;
  indicatorCode: string;
  months: string[];
}) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const errorText = useErrorText();
  const [month, setMonth] = useState(months[months.length - 1]!);
  const { answer, error } = useRecords(estateId, indicatorCode, month);
  return (
    <section data-testid="ops-drill-down">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('operations.drill.title')}
        </Typography.Title>
        {months.length > 1 ? (
          <Select
            aria-label={t('operations.drill.month')}
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
      {error && !answer ? (
        <Alert
          type="error"
          showIcon
          title={t('common.labelValue', {
            label: t('operations.drill.loadFailed'),
            value: errorText(error as never),
          })}
        />
      ) : !answer ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : answer.lines.length === 0 && answer.numerator == null ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('operations.drill.nothing')} />
      ) : (
        <Flex vertical gap={8}>
          {answer.numerator != null ? (
            <Typography.Text strong data-testid="ops-drill-figure">
              {answer.denominator != null
                ? t('operations.drill.figure', {
                    numerator: formatNumber(answer.numerator),
                    denominator: formatNumber(answer.denominator),
                    value: answer.value == null ? '—' : `${formatNumber(answer.value)}%`,
                  })
                : t('operations.drill.count', { numerator: answer.numerator })}
            </Typography.Text>
          ) : null}
          {answer.lines.length > 0 ? (
            <List
              size="small"
              bordered
              dataSource={answer.lines}
              renderItem={(l) => (
                <List.Item data-testid="ops-drill-row">
                  <Flex vertical gap={2} style={{ width: '100%' }}>
                    <Flex justify="space-between" gap={8}>
                      <span>{l.title}</span>
                      {l.counted != null ? (
                        <Tag color={l.counted ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
                          {l.counted ? t('operations.drill.counted') : t('operations.drill.notCounted')}
                        </Tag>
                      ) : null}
                    </Flex>
                    {l.detail ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {l.detail}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                </List.Item>
              )}
            />
          ) : null}
        </Flex>
      )}
    </section>
  );
}
