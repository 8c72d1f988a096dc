import {
  FIGURE_REMINDER_DAY_DEFAULT,
  FIGURE_REMINDER_DAY_MAX,
  type FieldProblem,
  problemsOf,
  updateCompanySettingsInput,
} from '@anju/domain';
import { Alert, App, Button, Card, Form, InputNumber, Skeleton, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useDomainRule } from '../../shared/domainRule';
import { showServerProblems } from '../../shared/formProblems';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { GradeBandsCard } from './GradeBandsCard';
import { CompanySettingsQuery, UpdateCompanySettingsMutation } from './settings.graphql';

interface Values {
  enabled: boolean;
  figureReminderDay: number | null;
}

/** The settings the form sends: reminders off is a null day. */
const inputOf = (v: Values) => ({ figureReminderDay: v.enabled ? v.figureReminderDay : null });

/** The form checked by the domain's schema (as the API checks it); a day is needed while reminders are on. */
const checkSettings = (v: Values): FieldProblem[] =>
  v.enabled && v.figureReminderDay == null
    ? [{ path: ['figureReminderDay'], reason: 'REQUIRED', message: '请填写提醒日' }]
    : problemsOf(updateCompanySettingsInput, inputOf(v));

/** The company admin's settings of their company: the monthly figures reminder, the audit grade bands. */
export function CompanySettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const problemText = useProblemText({ figureReminderDay: t('settings.reminder.day') });
  const [form] = Form.useForm<Values>();
  const rule = useDomainRule(form, checkSettings, problemText);
  const [failure, setFailure] = useState<string | null>(null);
  const [settings, refetch] = useQuery({ query: CompanySettingsQuery });
  const [saving, save] = useMutation(UpdateCompanySettingsMutation);
  const company = settings.data?.company;
  const enabled = Form.useWatch('enabled', form);

  useEffect(() => {
    if (!company) return;
    form.setFieldsValue({
      enabled: company.figureReminderDay != null,
      figureReminderDay: company.figureReminderDay ?? FIGURE_REMINDER_DAY_DEFAULT,
    });
  }, [company, form]);

  const onFinish = async (values: Values) => {
    setFailure(null);
    const result = await save({ input: inputOf(values) });
    if (result.data) {
      message.success(t('settings.saved'));
      return;
    }
    setFailure(showServerProblems(form, result.error, ['figureReminderDay'], problemText, errorText));
  };

  if (settings.error && !company) return <QueryError error={settings.error} onRetry={() => refetch()} />;

  return (
    <>
      <PageHeader
        title={t('settings.title')}
        subtitle={company ? t('settings.subtitle', { company: company.name }) : null}
      />
      <Card title={t('settings.reminder.title')} style={{ maxWidth: 640 }}>
        {!company ? (
          <Skeleton active paragraph={{ rows: 3 }} />
        ) : (
          <Form<Values>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={onFinish}
            disabled={saving.fetching}
            data-testid="reminder-settings"
          >
            {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
            <Form.Item name="enabled" label={t('settings.reminder.enabled')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item
              name="figureReminderDay"
              label={t('settings.reminder.day')}
              rules={rule('figureReminderDay')}
              dependencies={['enabled']}
              extra={enabled ? t('settings.reminder.hint') : t('settings.reminder.off')}
            >
              <InputNumber
                min={1}
                max={FIGURE_REMINDER_DAY_MAX}
                precision={0}
                disabled={!enabled || saving.fetching}
                style={{ width: 200 }}
                aria-label={t('settings.reminder.day')}
                suffix={t('settings.reminder.dayUnit')}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving.fetching}>
              {t('common.save')}
            </Button>
          </Form>
        )}
      </Card>
      <GradeBandsCard />
    </>
  );
}
