import { isStaffingIndicator, TRAINING_PASS } from '@anju/domain';
import { Flex, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffingIndicatorDrillDownQuery as Data } from '../../gql/graphql';
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
import { useStaffingLabels } from './labels';
import { StaffingIndicatorDrillDownQuery } from './staffing.graphql';

type Row = Data['staffingIndicatorDrillDown']['rows'][number] & { key: string };

/**
 * The people behind a comparison cell of a staffing indicator (training_pass: the month's training
 * records of management staff; certified_on_duty: the people in certificate-requiring posts on the
 * month's last day; anything else renders nothing), one month at a time, the period's last month
 * first.
 */
export const StaffingDrillDown = indicatorDrillDown(isStaffingIndicator, People);

const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

function People({ estateId, indicatorCode, months }: DrillMonthsProps) {
  const { t } = useTranslation();
  const labels = useStaffingLabels();
  const drill = useDrillQuery(
    months,
    StaffingIndicatorDrillDownQuery,
    { estateId, indicatorCode },
    (data) => data.staffingIndicatorDrillDown,
  );
  const training = indicatorCode === TRAINING_PASS;
  const rows = useMemo((): Row[] => (drill.answer ? byCounted(drill.answer.rows) : []), [drill.answer]);

  const name = (r: Row) =>
    drill.answer?.namesHidden || !r.staffName ? (
      <Typography.Text type="secondary">{t('staffing.drill.hidden')}</Typography.Text>
    ) : (
      r.staffName
    );
  const counted = (r: Row) => (
    <Tag color={r.counted ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
      {r.counted ? t('staffing.drill.countedYes') : t('staffing.drill.countedNo')}
    </Tag>
  );
  const detail = (r: Row) => {
    const [first, second] = training
      ? [r.course, r.trainedOn]
      : [
          r.certificateKind ? labels.certificateKind(r.certificateKind) : null,
          r.certificateKind
            ? t('staffing.drill.validUntil', { date: r.expiresOn ?? t('staffing.drill.noExpiry') })
            : null,
        ];
    if (!first) return '—';
    return (
      <Flex vertical>
        <span>{first}</span>
        {second ? <DrillNote>{second}</DrillNote> : null}
      </Flex>
    );
  };
  const reason = (r: Row) => t(`staffing.drill.reasons.${r.reason}`);

  return (
    <DrillDownPanel
      testId="staffing-drill-down"
      title={t('staffing.drill.title')}
      monthLabel={t('staffing.drill.month')}
      state={drill}
      perMonth={t('staffing.drill.perMonth')}
      loadFailed={t('staffing.drill.loadFailed')}
      retry
      skeletonRows={3}
      isEmpty={() => rows.length === 0}
      nothing={t('staffing.drill.nothing')}
    >
      {(d) => (
        <>
          <DrillFigureLine
            testId="staffing-drill-figure"
            answer={d}
            text={(figure) => t('staffing.drill.figure', figure)}
            note={d.namesHidden ? t('staffing.drill.namesHidden') : null}
          />
          <DrillRows<Row>
            rows={rows}
            rowTestId="staffing-drill-row"
            line={(r) => ({
              title: (
                <>
                  {name(r)} · {r.positionName}
                </>
              ),
              tag: counted(r),
              sub: reason(r),
              detail: detail(r),
            })}
            columns={[
              { title: t('staffing.drill.name'), key: 'name', onCell: nowrap, render: (_, r) => name(r) },
              { title: t('staffing.drill.position'), dataIndex: 'positionName', onCell: nowrap },
              {
                title: t('staffing.drill.counted'),
                key: 'counted',
                onCell: nowrap,
                render: (_, r) => counted(r),
              },
              {
                title: t('staffing.drill.reason'),
                key: 'reason',
                onCell: nowrap,
                render: (_, r) => reason(r),
              },
              { title: t('staffing.drill.detail'), key: 'detail', render: (_, r) => detail(r) },
            ]}
          />
        </>
      )}
    </DrillDownPanel>
  );
}
