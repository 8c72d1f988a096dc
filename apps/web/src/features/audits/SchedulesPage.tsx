import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Empty,
  Flex,
  Form,
  List,
  Popconfirm,
  Select,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { AuditKind } from '../../gql/graphql';
import { EstatePicker } from '../../shared/EstatePicker';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import {
  AuditSchedulesQuery,
  CreateAuditScheduleMutation,
  StopAuditScheduleMutation,
} from './audits.graphql';
import { useTemplateChoices } from './templateChoices';

const KINDS = ['SELF_CHECK', 'SEMI_MONTHLY', 'MONTHLY'] as AuditKind[];

interface Values {
  estateId: string;
  kind: AuditKind;
  templateId: string;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
}

/** The estate's recurring self-checks (日常自查, 每半月专业核查, 每月全面评估): list, create, stop. */
export function SchedulesPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { me } = useSession();
  const [estateId, setEstateId] = useState<string | undefined>();
  const [result, refetch] = useQuery({
    query: AuditSchedulesQuery,
    variables: { estateId: estateId ?? null },
    requestPolicy: 'cache-and-network',
  });
  const [stopState, stop] = useMutation(StopAuditScheduleMutation);
  const [createState, create] = useMutation(CreateAuditScheduleMutation);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<Values>();
  const { choices } = useTemplateChoices();
  const required = [{ required: true, message: t('audits.form.required') }];
  const rows = result.data?.auditSchedules ?? [];

  const submit = async (v: Values) => {
    const res = await create({
      input: {
        estateId: v.estateId,
        kind: v.kind,
        templateId: v.templateId,
        auditorUserIds: [me.id],
        startsOn: v.startsOn.format('YYYY-MM-DD'),
        endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null,
      },
    });
    if (res.data) {
      form.resetFields();
      setCreating(false);
      message.success(t('audits.schedules.created'));
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <div>
      <PageHeader
        title={t('audits.schedules.title')}
        subtitle={t('audits.schedules.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('audits.schedules.create')}
          </Button>
        }
      />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        <EstatePicker
          value={estateId}
          onChange={(id) => setEstateId(id)}
          allowClear
          placeholder={t('audits.filters.estate')}
          style={{ width: mobile ? '100%' : 240, marginBottom: 12 }}
        />
        <QueryError error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        {stopState.error ? (
          <Alert type="error" showIcon title={errorText(stopState.error)} style={{ marginBottom: 12 }} />
        ) : null}
        {result.fetching && !result.data ? (
          <Skeleton active />
        ) : rows.length === 0 ? (
          <Empty description={t('audits.schedules.empty')} />
        ) : (
          <List
            dataSource={rows}
            rowKey={(s) => s.id}
            renderItem={(s) => (
              <List.Item
                actions={
                  s.active
                    ? [
                        <Popconfirm
                          key="stop"
                          title={t('audits.schedules.stopConfirm')}
                          onConfirm={async () => {
                            const res = await stop({ input: { id: s.id } });
                            if (!res.error) refetch({ requestPolicy: 'network-only' });
                          }}
                        >
                          <Button danger size="small">
                            {t('audits.schedules.stop')}
                          </Button>
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Flex gap={6} wrap align="center">
                      <span>{s.estate?.name}</span>
                      <Tag color="cyan">{t(`audits.kinds.${s.kind}`)}</Tag>
                      <Tag color={s.active ? 'processing' : 'default'}>
                        {s.active ? t('audits.schedules.active') : t('audits.schedules.stopped')}
                      </Tag>
                    </Flex>
                  }
                  description={
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[
                        `${s.startsOn} – ${s.endsOn ?? '…'}`,
                        s.generatedThrough
                          ? t('audits.schedules.generatedThrough', { date: s.generatedThrough })
                          : null,
                        s.auditors.map((u) => u.name).join(t('common.nameSeparator')),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      <Drawer
        open={creating}
        onClose={() => setCreating(false)}
        title={t('audits.schedules.create')}
        size={mobile ? '100%' : 480}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          initialValues={{ kind: 'SELF_CHECK' }}
        >
          <Form.Item name="estateId" label={t('audits.form.estate')} rules={required}>
            <EstatePicker autoSelectFirst onChange={(id) => form.setFieldValue('estateId', id)} />
          </Form.Item>
          <Form.Item name="kind" label={t('audits.schedules.kind')} rules={required}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`audits.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="templateId" label={t('audits.form.template')} rules={required}>
            <Select
              notFoundContent={t('audits.form.templatesUnavailable')}
              options={choices.map((c) => ({ value: c.templateId, label: c.name }))}
            />
          </Form.Item>
          <Form.Item name="startsOn" label={t('audits.schedules.startsOn')} rules={required}>
            <DatePicker style={{ width: '100%' }} inputReadOnly={mobile} />
          </Form.Item>
          <Form.Item name="endsOn" label={t('audits.schedules.endsOn')}>
            <DatePicker style={{ width: '100%' }} inputReadOnly={mobile} />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('audits.schedules.auditorsHint')}</Typography.Paragraph>
          {createState.error ? (
            <Alert type="error" showIcon title={errorText(createState.error)} style={{ marginBottom: 12 }} />
          ) : null}
          <Button type="primary" htmlType="submit" loading={createState.fetching} block size="large">
            {t('audits.form.submit')}
          </Button>
        </Form>
      </Drawer>
    </div>
  );
}
