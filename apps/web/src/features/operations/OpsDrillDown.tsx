import { ESTATE_OPS_INDICATOR_CODES, FACILITY_INDICATOR_CODES, INCIDENT_INDICATOR_CODES } from '@anju/domain';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useQuery } from 'urql';
import {
  DrillDownPanel,
  DrillFigure,
  DrillLine,
  DrillList,
  type DrillMonthsProps,
  indicatorDrillDown,
  useDrillMonth,
} from '../../shared/drill-down';
import { formatNumber } from '../../shared/format';
import {
  ActivityIndicatorDrillDownQuery,
  FacilityCheckIndicatorDrillDownQuery,
  FeeIndicatorDrillDownQuery,
  IncidentIndicatorDrillDownQuery,
} from './operations.graphql';

/** The records behind a comparison cell of fees, incidents, facility checks, activities or services. */
export const OpsDrillDown = indicatorDrillDown((code) => ESTATE_OPS_INDICATOR_CODES.includes(code), Records);

type Line = { key: string; title: ReactNode; detail?: ReactNode; counted?: boolean };
type Answer =
  | { numerator?: number | null; denominator?: number | null; value?: number | null; lines: Line[] }
  | undefined;

function useRecords(
  estateId: string,
  indicatorCode: string,
  month: string,
): { answer: Answer; error?: CombinedError } {
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

function Records({ estateId, indicatorCode, months }: DrillMonthsProps) {
  const { t } = useTranslation();
  const picker = useDrillMonth(months);
  const records = useRecords(estateId, indicatorCode, picker.month);
  return (
    <DrillDownPanel
      testId="ops-drill-down"
      title={t('operations.drill.title')}
      monthLabel={t('operations.drill.month')}
      state={{ picker, ...records }}
      loadFailed={t('operations.drill.loadFailed')}
      skeletonRows={2}
      isEmpty={(a) => a.lines.length === 0 && a.numerator == null}
      nothing={t('operations.drill.nothing')}
    >
      {(a) => (
        <>
          <DrillFigure
            testId="ops-drill-figure"
            answer={a}
            text={(f) =>
              t('operations.drill.figure', {
                numerator: formatNumber(f.numerator),
                denominator: formatNumber(f.denominator),
                value: f.value,
              })
            }
            count={(numerator) => t('operations.drill.count', { numerator })}
          />
          {a.lines.length > 0 ? (
            <DrillList
              rows={a.lines}
              rowTestId="ops-drill-row"
              item={(l) => (
                <DrillLine
                  title={l.title}
                  tag={
                    l.counted != null ? (
                      <Tag color={l.counted ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
                        {l.counted ? t('operations.drill.counted') : t('operations.drill.notCounted')}
                      </Tag>
                    ) : null
                  }
                  sub={l.detail || null}
                />
              )}
            />
          ) : null}
        </>
      )}
    </DrillDownPanel>
  );
}
