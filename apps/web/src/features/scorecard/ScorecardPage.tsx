import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Segmented, Skeleton, Statistic } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { TONES } from '../../shared/indicators/judgement';
import { PageHeader } from '../../shared/PageHeader';
import { PeriodPicker } from '../../shared/PeriodPicker';
import { lastCompleteQuarter } from '../../shared/period';
import { QueryError } from '../../shared/QueryError';
import { useCurrentMonth } from '../../shared/useCurrentMonth';
import { useFiguresLive } from '../../shared/useFiguresLive';
import { useIsMobile } from '../../shared/useIsMobile';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { ScorecardItems } from './ScorecardItems';
import { EstateScorecardQuery } from './scorecard.graphql';

type Show = 'all' | 'missed';

/** One estate's period against its commitments, with its rank among the company's estates. */
export function ScorecardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const mobile = useIsMobile();
  const periodLabel = usePeriodLabel();
  const currentMonth = useCurrentMonth();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? lastCompleteQuarter(currentMonth);
  const [show, setShow] = useState<Show>('all');

  const [{ data, fetching, error }, refetch] = useQuery({
    query: EstateScorecardQuery,
    variables: { estateId: id, period },
  });
  useFiguresLive(() => refetch({ requestPolicy: 'network-only' }));
  const card = data?.estateScorecard;
  const items = useMemo(
    () => (card?.items ?? []).filter((i) => show === 'all' || i.cell.judgement === 'MISSED'),
    [card, show],
  );

  return (
    <div className="print-page print-landscape">
      <PageHeader
        title={card ? t('scorecard.title', { name: card.estateName }) : t('scorecard.titleLoading')}
        subtitle={t(`scorecard.subtitle.${card?.comparedWithin ?? 'NONE'}`, { period: periodLabel(period) })}
        extra={
          <Link to={`/comparison?period=${period}`}>
            <Button icon={<ArrowLeftOutlined />}>{t('scorecard.back')}</Button>
          </Link>
        }
      />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
          <PeriodPicker
            value={period}
            onChange={(p) => setParams({ period: p }, { replace: true })}
            currentMonth={currentMonth}
            block={mobile}
          />
          <Segmented<Show>
            value={show}
            onChange={setShow}
            options={[
              { value: 'all', label: t('scorecard.showAll') },
              { value: 'missed', label: t('scorecard.showMissed') },
            ]}
          />
        </Flex>
        {error ? (
          <QueryError
            error={error}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
            marginBottom={16}
          />
        ) : null}
        {fetching && !data ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : card ? (
          <>
            <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
              <Col xs={8} md={6}>
                <Statistic
                  title={t('scorecard.met')}
                  value={card.metCount}
                  styles={{ content: { color: TONES.MET.fg } }}
                />
              </Col>
              <Col xs={8} md={6}>
                <Statistic
                  title={t('scorecard.missed')}
                  value={card.missedCount}
                  styles={{ content: { color: card.missedCount ? TONES.MISSED.fg : undefined } }}
                />
              </Col>
              {card.comparedWithin === 'NONE' ? null : (
                <Col xs={8} md={6}>
                  <Statistic
                    title={t('scorecard.leagueRank')}
                    value={
                      card.rank == null ? '—' : t('scorecard.rankOf', { rank: card.rank, of: card.rankOf })
                    }
                  />
                </Col>
              )}
            </Row>
            {items.length === 0 ? (
              <Empty
                description={show === 'missed' ? t('scorecard.noneMissed') : t('scorecard.empty')}
                style={{ padding: 24 }}
              />
            ) : (
              <ScorecardItems
                items={items}
                comparedWithin={card.comparedWithin}
                mobile={mobile}
                loading={fetching}
              />
            )}
          </>
        ) : null}
      </Card>
    </div>
  );
}
