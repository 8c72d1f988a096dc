import { useTranslation } from 'react-i18next';
import {
  DrillDownPanel,
  DrillFigure,
  DrillLine,
  DrillList,
  type DrillMonthsProps,
  indicatorDrillDown,
  useDrillQuery,
} from '../../shared/drill-down';
import { SurveyIndicatorDrillDownQuery } from './surveys.graphql';

/** The surveys behind a satisfaction figure: those closing in the month, with counts per area. */
export const SurveyDrillDown = indicatorDrillDown((code) => code === 'satisfaction', Surveys);

function Surveys({ estateId, months }: DrillMonthsProps) {
  const { t } = useTranslation();
  const drill = useDrillQuery(
    months,
    SurveyIndicatorDrillDownQuery,
    { estateId, indicatorCode: 'satisfaction' },
    (data) => data.surveyIndicatorDrillDown,
  );
  return (
    <DrillDownPanel
      testId="survey-drill-down"
      title={t('surveys.drill.title')}
      monthLabel={t('surveys.drill.month')}
      state={drill}
      alwaysPick
      loadFailed={t('surveys.drill.loadFailed')}
      plainColon
      skeletonRows={2}
      isEmpty={(d) => d.rows.length === 0}
      nothing={t('surveys.drill.nothing')}
    >
      {(d) => (
        <>
          <DrillFigure
            testId="survey-drill-figure"
            answer={d}
            text={(figure) => t('surveys.drill.figure', figure)}
          />
          <DrillList
            rows={d.rows}
            rowTestId="survey-drill-row"
            item={(r) => (
              <DrillLine
                title={t('surveys.drill.row', {
                  title: r.title,
                  closesOn: r.closesOn,
                  satisfied: r.satisfiedAnswers,
                  answers: r.answers,
                })}
                sub={r.areas
                  .map((a) => `${t(`surveys.area.${a.area}`)} ${a.rate == null ? '—' : `${a.rate}%`}`)
                  .join(' · ')}
              />
            )}
          />
        </>
      )}
    </DrillDownPanel>
  );
}
