import { Alert, Collapse, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RosterFieldsFragment } from '../../gql/graphql';

/** The coverage check of a roster: every uncovered stretch of a 24-hour post, every short day. */
export function CoverageSummary({ coverage }: { coverage: RosterFieldsFragment['coverage'] }) {
  const { t } = useTranslation();
  const { gaps, shortfalls } = coverage;
  if (gaps.length === 0 && shortfalls.length === 0)
    return <Alert type="success" showIcon title={t('rosters.coverage.ok')} data-testid="coverage-ok" />;
  return (
    <Collapse
      defaultActiveKey={gaps.length ? ['gaps'] : []}
      data-testid="coverage"
      items={[
        ...(gaps.length
          ? [
              {
                key: 'gaps',
                label: (
                  <Typography.Text type="danger">
                    {t('rosters.coverage.gaps', { count: gaps.length })}
                  </Typography.Text>
                ),
                children: (
                  <List
                    size="small"
                    style={{ maxHeight: 200, overflowY: 'auto' }}
                    dataSource={gaps}
                    renderItem={(g) => (
                      <List.Item data-testid="coverage-gap">
                        {t('rosters.coverage.gap', {
                          date: g.date,
                          start: g.start,
                          end: g.end,
                          position: g.positionName,
                          hours: g.hours,
                        })}
                      </List.Item>
                    )}
                  />
                ),
              },
            ]
          : []),
        ...(shortfalls.length
          ? [
              {
                key: 'shortfalls',
                label: (
                  <Typography.Text type="warning">
                    {t('rosters.coverage.shortfalls', { count: shortfalls.length })}
                  </Typography.Text>
                ),
                children: (
                  <List
                    size="small"
                    style={{ maxHeight: 200, overflowY: 'auto' }}
                    dataSource={shortfalls}
                    renderItem={(s) => (
                      <List.Item>
                        {t('rosters.coverage.shortfall', {
                          date: s.date,
                          position: s.positionName,
                          onDuty: s.onDuty,
                          required: s.required,
                        })}
                      </List.Item>
                    )}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
