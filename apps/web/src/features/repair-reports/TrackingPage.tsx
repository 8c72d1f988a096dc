import { WORK_ORDER_LABELS } from '@anju/domain';
import { ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  Rate,
  Result,
  Skeleton,
  Steps,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../app/locale';
import { errorCode, fieldProblems } from '../../shared/errors';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { PublicLayout } from './PublicLayout';
import { RateRepairReportMutation, RepairTrackingQuery } from './repair-reports.graphql';

type StepKey = 'reported' | 'dispatched' | 'arrived' | 'completed' | 'calledBack' | 'closed';

const when = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : null);

/** `/t/:token`: a resident follows their repair (status and step times) and rates it once done. */
export function TrackingPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const { lang } = useLocale();
  const errorText = useErrorText();
  const problemText = useProblemText({
    rating: t('repairReports.track.rate'),
    comment: t('repairReports.track.rateComment'),
  });
  const [result, refetch] = useQuery({ query: RepairTrackingQuery, variables: { token } });
  const [rated, rate] = useMutation(RateRepairReportMutation);
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const title = t('repairReports.track.title');

  if (result.fetching && !result.data)
    return (
      <PublicLayout title={title}>
        <Skeleton active />
      </PublicLayout>
    );
  const r = result.data?.repairTracking;
  if (!r) {
    const missing = ['NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCode(result.error) ?? '');
    return (
      <PublicLayout title={title}>
        <Result
          status="warning"
          title={missing ? t('repairReports.track.notFound') : errorText(result.error)}
        />
      </PublicLayout>
    );
  }
  const ratingLabel = (n: number) => t('repairReports.track.ratings', { returnObjects: true })[n - 1] ?? '';
  const label = (l: { zh: string; en: string }) => (lang === 'zh-CN' ? l.zh : l.en);
  const steps: { key: StepKey; at: string | null | undefined }[] = [
    { key: 'reported', at: r.reportedAt },
    { key: 'dispatched', at: r.dispatchedAt },
    { key: 'arrived', at: r.arrivedAt },
    { key: 'completed', at: r.completedAt },
    ...(r.calledBackAt ? [{ key: 'calledBack' as const, at: r.calledBackAt }] : []),
    { key: 'closed', at: r.closedAt },
  ];
  const current = steps.reduce((n, s, i) => (s.at ? i : n), 0);

  const send = async () => {
    setFailure(null);
    const res = await rate({ input: { token, rating: stars, comment: comment || null } });
    if (res.error) {
      const problems = fieldProblems(res.error);
      setFailure(
        t('repairReports.track.rateFailed', {
          reason: problems.length ? problems.map((p) => problemText(p)).join('；') : errorText(res.error),
        }),
      );
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <PublicLayout title={title}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="tracking-order">
          {t('repairReports.track.order', { estate: r.estateName, number: r.number })}
        </Typography.Title>
        <Button
          size="small"
          icon={<ReloadOutlined />}
          aria-label={t('repairReports.track.refresh')}
          onClick={() => refetch({ requestPolicy: 'network-only' })}
        />
      </Flex>
      <Typography.Paragraph style={{ marginTop: 4 }}>
        <Typography.Text strong data-testid="tracking-status">
          {label(WORK_ORDER_LABELS.status[r.status])}
        </Typography.Text>
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'l', label: t('repairReports.track.location'), children: r.location },
          {
            key: 'c',
            label: t('repairReports.track.category'),
            children: label(WORK_ORDER_LABELS.category[r.category]),
          },
          { key: 'd', label: t('repairReports.track.description'), children: r.description },
          ...(r.photoCount
            ? [
                {
                  key: 'p',
                  label: t('repairReports.track.photosLabel'),
                  children: t('repairReports.track.photos', { count: r.photoCount }),
                },
              ]
            : []),
        ]}
        style={{ marginBottom: 16 }}
      />
      <Steps
        direction="vertical"
        size="small"
        current={current}
        data-testid="tracking-steps"
        items={steps.map((s) => ({
          title: t(`repairReports.track.steps.${s.key}` as const),
          description: when(s.at) ?? t('repairReports.track.waiting'),
          status: s.at ? 'finish' : 'wait',
        }))}
      />
      {r.rating ? (
        <Flex vertical gap={4} data-testid="tracking-rating" style={{ marginTop: 8 }}>
          <Typography.Text strong>{t('repairReports.track.rated')}</Typography.Text>
          <Rate disabled value={r.rating} />
          <Typography.Text type="secondary">{ratingLabel(r.rating)}</Typography.Text>
          {r.ratingComment ? <Typography.Paragraph>{r.ratingComment}</Typography.Paragraph> : null}
          {rated.data ? <Alert type="success" showIcon title={t('repairReports.track.thanks')} /> : null}
        </Flex>
      ) : r.canRate ? (
        <Form layout="vertical" style={{ marginTop: 8 }} onFinish={send} data-testid="rating-form">
          <Typography.Title level={5}>{t('repairReports.track.rateTitle')}</Typography.Title>
          <Form.Item label={t('repairReports.track.rate')}>
            <Flex align="center" gap={8} wrap>
              <Rate value={stars} onChange={setStars} style={{ fontSize: 32 }} />
              {stars ? <Typography.Text>{ratingLabel(stars)}</Typography.Text> : null}
            </Flex>
          </Form.Item>
          <Form.Item label={t('repairReports.track.rateComment')}>
            <Input.TextArea
              rows={3}
              maxLength={500}
              showCount
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              placeholder={t('repairReports.track.rateCommentPlaceholder')}
            />
          </Form.Item>
          {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            disabled={!stars}
            loading={rated.fetching}
          >
            {t('repairReports.track.submitRating')}
          </Button>
        </Form>
      ) : null}
    </PublicLayout>
  );
}
