import { Alert, Button, Card, Flex, Form, Input, Radio, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useErrorText } from '../../shared/useErrorText';
import { PublicSurveyQuery, SubmitSurveyAnswerMutation } from './surveys.graphql';

const RATINGS = ['5', '4', '3', '2', '1'] as const;

/**
 * The public survey page (/s/:token): a resident answers without signing in, on a phone first,
 * with the household code printed on their sheet. One answer per household code; a second one,
 * a wrong code or a closed survey is explained in plain words.
 */
export function PublicSurveyPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { token = '' } = useParams();
  const [form] = Form.useForm();
  const [done, setDone] = useState(false);
  const [result] = useQuery({ query: PublicSurveyQuery, variables: { token } });
  const [state, submit] = useMutation(SubmitSurveyAnswerMutation);
  const survey = result.data?.publicSurvey;

  const onFinish = async (v: Record<string, string>) => {
    const ratings = (survey?.questions ?? []).map((q) => ({ key: q.key, rating: Number(v[q.key]) }));
    const res = await submit({
      input: { token, householdCode: v.householdCode ?? '', ratings, comment: v.comment || null },
    });
    if (res.data?.submitSurveyAnswer.ok) setDone(true);
  };

  return (
    <div style={{ maxWidth: 560, margin: '0 auto', padding: 12 }} data-testid="public-survey">
      {result.fetching && !survey ? <Skeleton active /> : null}
      {result.error && !survey ? (
        <Result status="warning" title={t('surveys.public.notFound')} subTitle={errorText(result.error)} />
      ) : null}
      {survey ? (
        <Flex vertical gap={12}>
          <div>
            <Typography.Title level={4} style={{ marginBottom: 4 }}>
              {survey.title}
            </Typography.Title>
            <Typography.Text type="secondary">
              {survey.companyName} · {survey.estateName}
            </Typography.Text>
          </div>
          {done ? (
            <Result status="success" title={t('surveys.public.done')} data-testid="public-survey-done" />
          ) : survey.status !== 'OPEN' ? (
            <Alert
              type="info"
              showIcon
              title={
                survey.status === 'SCHEDULED'
                  ? t('surveys.public.notOpen', { opensOn: survey.opensOn })
                  : t('surveys.public.closed', { closesOn: survey.closesOn })
              }
            />
          ) : (
            <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
              <Typography.Paragraph>{t('surveys.public.intro')}</Typography.Paragraph>
              <Form.Item
                name="householdCode"
                label={t('surveys.public.code')}
                rules={[{ required: true, message: t('surveys.public.codePlaceholder') }]}
              >
                <Input
                  size="large"
                  placeholder={t('surveys.public.codePlaceholder')}
                  autoCapitalize="characters"
                  autoComplete="off"
                  maxLength={20}
                  data-testid="public-survey-code"
                />
              </Form.Item>
              {survey.questions.map((q, i) => (
                <Card
                  size="small"
                  key={q.key}
                  style={{ marginBottom: 8 }}
                  data-testid="public-survey-question"
                >
                  <Form.Item
                    name={q.key}
                    label={`${i + 1}. [${t(`surveys.area.${q.area}`)}] ${q.text}`}
                    rules={[{ required: true, message: t('surveys.public.rateAll') }]}
                    style={{ marginBottom: 0 }}
                  >
                    <Radio.Group>
                      <Flex wrap gap={4}>
                        {RATINGS.map((r) => (
                          <Radio.Button key={r} value={r} style={{ minHeight: 40, lineHeight: '38px' }}>
                            {t(`surveys.public.ratings.${r}`)}
                          </Radio.Button>
                        ))}
                      </Flex>
                    </Radio.Group>
                  </Form.Item>
                </Card>
              ))}
              <Form.Item name="comment" label={t('surveys.public.comment')}>
                <Input.TextArea rows={3} maxLength={500} />
              </Form.Item>
              {state.error ? (
                <Alert
                  type="error"
                  showIcon
                  title={state.error.graphQLErrors[0]?.message ?? errorText(state.error)}
                  style={{ marginBottom: 12 }}
                  data-testid="public-survey-error"
                />
              ) : null}
              <Button
                type="primary"
                htmlType="submit"
                size="large"
                block
                loading={state.fetching}
                data-testid="public-survey-submit"
              >
                {t('surveys.public.submit')}
              </Button>
            </Form>
          )}
        </Flex>
      ) : null}
    </div>
  );
}
