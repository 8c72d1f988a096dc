import { COMPLAINT_INDICATOR_CODES } from '@anju/domain';
import { Flex, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  byCounted,
  DrillDownPanel,
  DrillEmpty,
  DrillFigure,
  DrillList,
  type DrillMonthsProps,
  DrillNote,
  type IndicatorDrillDownProps,
  indicatorDrillDown,
  useDrillQuery,
} from '../../shared/drill-down';
import { SurveyDrillDown } from '../surveys';
import { ComplaintIndicatorDrillDownQuery } from './complaints.graphql';

/**
 * The records behind a comparison cell of an indicator computed from complaints or surveys
 * (complaint_valid_rate, complaint_handled, satisfaction); nothing for other indicators.
 */
export function CareDrillDown(props: IndicatorDrillDownProps) {
  return props.indicatorCode === 'satisfaction' ? (
    <SurveyDrillDown {...props} />
  ) : (
    <ComplaintDrillDown {...props} />
  );
}

const ComplaintDrillDown = indicatorDrillDown(
  (code) => (COMPLAINT_INDICATOR_CODES as readonly string[]).includes(code),
  Complaints,
);

function Complaints({ estateId, indicatorCode, months }: DrillMonthsProps) {
  const { t } = useTranslation();
  const drill = useDrillQuery(
    months,
    ComplaintIndicatorDrillDownQuery,
    { estateId, indicatorCode },
    (data) => data.complaintIndicatorDrillDown,
  );
  return (
    <DrillDownPanel
      testId="complaint-drill-down"
      title={t('complaints.drill.title')}
      monthLabel={t('complaints.drill.month')}
      state={drill}
      alwaysPick
      loadFailed={t('complaints.drill.loadFailed')}
      plainColon
      skeletonRows={2}
    >
      {(answer) => (
        <>
          <DrillFigure
            testId="complaint-drill-figure"
            answer={answer}
            text={(figure) => t('complaints.drill.figure', figure)}
          />
          {answer.namesHidden ? <DrillNote>{t('complaints.drill.namesHidden')}</DrillNote> : null}
          {answer.rows.length === 0 ? (
            <DrillEmpty text={t('complaints.drill.nothing')} />
          ) : (
            <DrillList
              rows={byCounted(answer.rows)}
              rowTestId="complaint-drill-row"
              item={(r) => (
                <Flex justify="space-between" gap={8} style={{ width: '100%' }} wrap>
                  <span>
                    #{r.number} {t(`complaints.category.${r.category}`)} ·{' '}
                    {dayjs(r.receivedAt).format('MM-DD HH:mm')}
                    {r.complainantName ? ` · ${r.complainantName}` : ''}
                  </span>
                  <span>
                    <Tag>
                      {t(`complaints.validity.${String(r.valid ?? null)}` as 'complaints.validity.null')}
                    </Tag>
                    <Tag>{t(`complaints.status.${r.status}`)}</Tag>
                    <Tag color={r.counted ? 'green' : 'default'}>
                      {r.counted ? t('complaints.drill.countedYes') : t('complaints.drill.countedNo')}
                    </Tag>
                  </span>
                </Flex>
              )}
            />
          )}
        </>
      )}
    </DrillDownPanel>
  );
}
