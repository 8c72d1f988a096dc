import { DEFAULT_SURVEY_QUESTIONS, subject } from '@anju/domain';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Progress,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { SurveysQuery as Data } from '../../gql/graphql';
import { EstatePicker } from '../../shared/EstatePicker';
import { PageHeader } from '../../shared/PageHeader';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { CodeSheet } from './CodeSheet';
import { CreateSurveyMutation, SurveyCoverageQuery, SurveysQuery } from './surveys.graphql';

type Survey = Data['surveys'][number];

export const surveyLink = (token: string) => `${window.location.origin}/s/${token}`;

/** 满意度调查: an estate's surveys with results per area, the yearly check, household codes. */
export function SurveysPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const { ability, company } = useSession();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const estateId = params.get('estate') ?? undefined;
  const [estateName, setEstateName] = useState('');
  const [creating, setCreating] = useState(false);
  const [codes, setCodes] = useState(false);
  const year = dayjs().year();
  const [result, refetch] = useQuery({
    query: SurveysQuery,
    pause: !estateId,
    variables: { estateId: estateId ?? '' },
  });
  const [coverage, refetchCoverage] = useQuery({ query: SurveyCoverageQuery, variables: { year } });
  const mine = coverage.data?.surveyCoverage.find((c) => c.estateId === estateId);
  const mayRun = Boolean(
    estateId && ability.can('update', subject('Survey', { companyId: company?.id, estateId })),
  );
  const surveys = result.data?.surveys ?? [];
  return (
    <div data-testid="surveys-page">
      <PageHeader
        title={t('surveys.title')}
        subtitle={t('surveys.subtitle')}
        extra={
          mayRun ? (
            <>
              <Button onClick={() => setCodes(true)} data-testid="survey-codes">
                {t('surveys.codes.title')}
              </Button>
              <Button type="primary" onClick={() => setCreating(true)} data-testid="survey-create">
                {t('surveys.create')}
              </Button>
            </>
          ) : null
        }
      />
      <EstatePicker
        value={estateId}
        onChange={(id, name) => {
          setEstateName(name ?? '');
          setParams((p) => {
            const next = new URLSearchParams(p);
            if (id) next.set('estate', id);
            else next.delete('estate');
            return next;
          });
        }}
        autoSelectFirst
        placeholder={t('surveys.pickEstate')}
        style={{ width: mobile ? '100%' : 260, marginBottom: 12 }}
      />
      {mine ? (
        <Alert
          style={{ marginBottom: 12 }}
          type={mine.flagged ? 'warning' : 'success'}
          showIcon
          data-testid="survey-coverage"
          title={t(mine.flagged ? 'surveys.coverageMissing' : 'surveys.coverage', {
            year,
            count: mine.surveys,
          })}
        />
      ) : null}
      {result.error ? <Alert type="error" showIcon title={errorText(result.error)} /> : null}
      {surveys.length === 0 && !result.fetching ? <Empty description={t('surveys.empty')} /> : null}
      <Flex vertical gap={12}>
        {surveys.map((s) => (
          <SurveyCard key={s.id} survey={s} />
        ))}
      </Flex>
      {creating && estateId ? (
        <CreateSurveyModal
          estateId={estateId}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            refetch({ requestPolicy: 'network-only' });
            refetchCoverage({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
      {codes && estateId ? (
        <CodeSheet
          estateId={estateId}
          estateName={estateName}
          link={surveys.find((s) => s.status === 'OPEN')?.publicToken ?? surveys[0]?.publicToken ?? null}
          onClose={() => setCodes(false)}
        />
      ) : null}
    </div>
  );
}

function SurveyCard({ survey: s }: { survey: Survey }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const color = s.status === 'OPEN' ? 'green' : s.status === 'CLOSED' ? 'default' : 'blue';
  return (
    <Card
      size="small"
      data-testid="survey-card"
      title={
        <Space wrap>
          <span>{s.title}</span>
          <Tag color={color}>{t(`surveys.status.${s.status}`)}</Tag>
        </Space>
      }
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {s.opensOn} ~ {s.closesOn}
        </Typography.Text>
      }
    >
      <Flex vertical gap={8}>
        {s.publicToken ? (
          <Flex gap={8} wrap align="center">
            <Typography.Text type="secondary">{t('surveys.link')}</Typography.Text>
            <Typography.Text code data-testid="survey-link" style={{ wordBreak: 'break-all' }}>
              {surveyLink(s.publicToken)}
            </Typography.Text>
            <Button
              size="small"
              onClick={() => {
                void navigator.clipboard?.writeText(surveyLink(s.publicToken!));
                message.success(t('surveys.copied'));
              }}
            >
              {t('surveys.copyLink')}
            </Button>
          </Flex>
        ) : null}
        {s.results.answers === 0 ? (
          <Typography.Text type="secondary">{t('surveys.noAnswers')}</Typography.Text>
        ) : (
          <>
            <Typography.Text strong data-testid="survey-overall">
              {t('surveys.overall')}: {s.results.rate}% · {t('surveys.answers', { count: s.results.answers })}
            </Typography.Text>
            {s.results.areas.map((a) => (
              <Flex key={a.area} gap={8} align="center" data-testid="survey-area">
                <span style={{ width: 72, flex: 'none' }}>{t(`surveys.area.${a.area}`)}</span>
                <Progress
                  percent={a.rate ?? 0}
                  size="small"
                  format={() => (a.rate == null ? '—' : `${a.rate}%`)}
                  status={a.rate != null && a.rate < 80 ? 'exception' : 'normal'}
                />
              </Flex>
            ))}
          </>
        )}
      </Flex>
    </Card>
  );
}

function CreateSurveyModal({
  estateId,
  onClose,
  onCreated,
}: {
  estateId: string;
  onClose(): void;
  onCreated(): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const [state, create] = useMutation(CreateSurveyMutation);
  const now = dayjs();
  const half = now.month() < 6 ? 'H1' : 'H2';
  const submit = async (v: { title: string; dates: [Dayjs, Dayjs] }) => {
    const res = await create({
      input: {
        estateId,
        title: v.title,
        opensOn: v.dates[0].format('YYYY-MM-DD'),
        closesOn: v.dates[1].format('YYYY-MM-DD'),
      },
    });
    if (res.data) onCreated();
  };
  return (
    <Modal
      open
      title={t('surveys.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={state.fetching}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          title: t('surveys.defaultTitle', { year: now.year(), half: t(`surveys.half.${half}`) }),
          dates: [now, now.add(20, 'day')],
        }}
      >
        <Form.Item name="title" label={t('surveys.fields.title')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="dates"
          label={`${t('surveys.fields.opensOn')} ~ ${t('surveys.fields.closesOn')}`}
          rules={[{ required: true }]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          {t('surveys.defaultQuestions', { count: DEFAULT_SURVEY_QUESTIONS.length })}
        </Typography.Paragraph>
        <ol style={{ paddingInlineStart: 20, fontSize: 13 }}>
          {DEFAULT_SURVEY_QUESTIONS.map((q) => (
            <li key={q.key}>
              [{t(`surveys.area.${q.area}`)}] {q.text}
            </li>
          ))}
        </ol>
        {state.error ? <Alert type="error" showIcon title={errorText(state.error)} /> : null}
      </Form>
    </Modal>
  );
}
