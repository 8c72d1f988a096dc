import { Card, Empty, Flex, Segmented, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { MyShiftsQuery } from './rosters.graphql';

/** Monday of the week of `d` (weeks start on Monday in China). */
function mondayOf(d: dayjs.Dayjs): dayjs.Dayjs {
  return d.subtract((d.day() + 6) % 7, 'day').startOf('day');
}

/** "My shifts" for staff on a phone: this week's or next week's days, one card each. */
export function MyShiftsPage() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const [week, setWeek] = useState<'this' | 'next'>('this');
  const today = dayjs().format('YYYY-MM-DD');
  const { from, to } = useMemo(() => {
    const monday = mondayOf(dayjs()).add(week === 'next' ? 7 : 0, 'day');
    return { from: monday.format('YYYY-MM-DD'), to: monday.add(6, 'day').format('YYYY-MM-DD') };
  }, [week]);
  const [result, refetch] = useQuery({
    query: MyShiftsQuery,
    variables: { from, to },
    requestPolicy: 'cache-and-network',
  });
  const days = result.data?.myShifts ?? [];
  const weekday = (iso: string) =>
    dayjs(iso)
      .locale(i18n.language.startsWith('zh') ? 'zh-cn' : 'en')
      .format('ddd');

  return (
    <div style={{ maxWidth: 520 }}>
      <PageHeader title={t('rosters.my.title')} subtitle={`${from} – ${to}`} />
      <Segmented
        block
        value={week}
        onChange={(v) => setWeek(v as 'this' | 'next')}
        options={[
          { value: 'this', label: t('rosters.my.thisWeek') },
          { value: 'next', label: t('rosters.my.nextWeek') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <QueryError error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      {result.fetching && !result.data ? (
        <Skeleton active />
      ) : days.length === 0 ? (
        <Empty description={t('rosters.my.none')} />
      ) : (
        <Flex vertical gap={8}>
          {days.map((d) => {
            const isToday = d.day === today;
            return (
              <Card
                key={`${d.day}-${d.staffId}`}
                size="small"
                data-testid="my-shift"
                style={isToday ? { borderColor: '#1677ff', borderWidth: 2 } : undefined}
              >
                <Flex justify="space-between" align="center" gap={8}>
                  <div style={{ minWidth: 72 }}>
                    <Typography.Text strong style={{ fontSize: 16 }}>
                      {d.day.slice(5)}
                    </Typography.Text>
                    <div>
                      <Typography.Text type="secondary">{weekday(d.day)}</Typography.Text>
                      {isToday ? (
                        <Tag color="blue" style={{ marginLeft: 6 }}>
                          {t('rosters.my.today')}
                        </Tag>
                      ) : null}
                    </div>
                  </div>
                  <div style={{ flex: 1, textAlign: 'right' }}>
                    {d.status === 'LEAVE' ? (
                      <div>
                        <Tag color="red" style={{ marginInlineEnd: 0 }}>
                          {t('rosters.statuses.LEAVE')}
                          {d.leaveKind ? ` · ${t(`rosters.leaveKinds.${d.leaveKind}`)}` : ''}
                        </Tag>
                      </div>
                    ) : d.shifts.length === 0 ? (
                      <div>
                        <Typography.Text type="secondary">{t('rosters.my.rest')}</Typography.Text>
                      </div>
                    ) : (
                      d.shifts.map((s) => (
                        <div key={s.code}>
                          <Typography.Text strong>{zh ? s.nameZh : s.nameEn}</Typography.Text>{' '}
                          <Typography.Text>
                            {s.start}–{s.end}
                          </Typography.Text>
                        </div>
                      ))
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {d.estateName} · {d.positionName}
                    </Typography.Text>
                  </div>
                </Flex>
              </Card>
            );
          })}
        </Flex>
      )}
    </div>
  );
}
