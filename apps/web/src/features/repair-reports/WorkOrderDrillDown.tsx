import { REPAIR_INDICATOR_CODES, WORK_ORDER_LABELS } from '@anju/domain';
import { Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/locale';
import type { WorkOrderIndicatorDrillDownQuery as Data } from '../../gql/graphql';
import {
  byCounted,
  DrillDownPanel,
  DrillFigureLine,
  type DrillMonthsProps,
  DrillNote,
  DrillRows,
  indicatorDrillDown,
  useDrillQuery,
} from '../../shared/drill-down';
import { WorkOrderIndicatorDrillDownQuery } from './repair-reports.graphql';

type Row = Data['workOrderIndicatorDrillDown']['rows'][number] & { key: string };

const isRepair = (code: string) => (REPAIR_INDICATOR_CODES as readonly string[]).includes(code);

/**
 * The work orders behind a comparison cell of a repair indicator (repair_timely, repair_rework,
 * repair_quality or repair_callback; anything else renders nothing): every order completed in the
 * month, counted or not and why, one month at a time (the period's last month first). Residents'
 * units only for those who may read them.
 */
export const WorkOrderDrillDown = indicatorDrillDown(isRepair, WorkOrders);

function WorkOrders({ estateId, indicatorCode, months }: DrillMonthsProps) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const drill = useDrillQuery(
    months,
    WorkOrderIndicatorDrillDownQuery,
    { estateId, indicatorCode },
    (data) => data.workOrderIndicatorDrillDown,
  );
  // Counted first for rework (the bad ones), those not counted first for the good-is-high figures.
  const rows = useMemo(
    (): Row[] => (drill.answer ? byCounted(drill.answer.rows, indicatorCode === 'repair_rework') : []),
    [drill.answer, indicatorCode],
  );
  const label = (l: { zh: string; en: string }) => (lang === 'zh-CN' ? l.zh : l.en);
  const place = (r: Row) =>
    r.location ?? <Typography.Text type="secondary">{t('repairReports.drill.hidden')}</Typography.Text>;
  const counted = (r: Row) => (
    <Tag
      color={r.counted === (indicatorCode !== 'repair_rework') ? 'green' : 'red'}
      style={{ marginInlineEnd: 0 }}
    >
      {r.counted ? t('repairReports.drill.countedYes') : t('repairReports.drill.countedNo')}
    </Tag>
  );
  const reason = (r: Row) => (
    <Flex vertical>
      <span>{t(`repairReports.drill.reasons.${r.reason}` as 'repairReports.drill.reasons.ON_TIME')}</span>
      {r.reworkOfNumber ? (
        <DrillNote>{t('repairReports.drill.reworkOf', { number: r.reworkOfNumber })}</DrillNote>
      ) : null}
    </Flex>
  );
  const what = (r: Row) =>
    `${label(WORK_ORDER_LABELS.category[r.category])} · ${label(WORK_ORDER_LABELS.kind[r.kind])} · ${label(WORK_ORDER_LABELS.channel[r.channel])}`;
  const completedAt = (r: Row) => dayjs(r.completedAt).format('MM-DD HH:mm');

  return (
    <DrillDownPanel
      testId="work-order-drill-down"
      title={t('repairReports.drill.title')}
      monthLabel={t('repairReports.drill.month')}
      state={drill}
      perMonth={t('repairReports.drill.perMonth')}
      loadFailed={t('repairReports.drill.loadFailed')}
      retry
      skeletonRows={3}
      isEmpty={() => rows.length === 0}
      nothing={t('repairReports.drill.nothing')}
    >
      {(d) => (
        <>
          <DrillFigureLine
            testId="work-order-drill-figure"
            answer={d}
            text={(figure) => t('repairReports.drill.figure', figure)}
            note={d.unitsHidden ? t('repairReports.drill.unitsHidden') : null}
          />
          <DrillRows<Row>
            rows={rows}
            rowTestId="work-order-drill-row"
            pagedOnPhone
            line={(r) => ({
              title: (
                <>
                  #{r.number} · {place(r)}
                </>
              ),
              tag: counted(r),
              sub: `${what(r)} · ${completedAt(r)}`,
              detail: reason(r),
            })}
            columns={[
              { title: t('repairReports.drill.number'), key: 'n', render: (_, r) => `#${r.number}` },
              {
                title: t('repairReports.drill.location'),
                key: 'l',
                render: (_, r) => (
                  <Flex vertical>
                    <span>{place(r)}</span>
                    <DrillNote>{what(r)}</DrillNote>
                  </Flex>
                ),
              },
              { title: t('repairReports.drill.completedAt'), key: 'c', render: (_, r) => completedAt(r) },
              { title: t('repairReports.drill.counted'), key: 'k', render: (_, r) => counted(r) },
              { title: t('repairReports.drill.reason'), key: 'r', render: (_, r) => reason(r) },
            ]}
          />
        </>
      )}
    </DrillDownPanel>
  );
}
