import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Skeleton,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { WorkOrderCommitmentFieldsFragment as Commitments } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { showServerProblems } from '../../shared/formProblems';
import { QueryError } from '../../shared/QueryError';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { UpdateWorkOrderCommitmentsMutation, WorkOrderCommitmentsQuery } from './workOrders.graphql';

const MINUTE_FIELDS = [
  'dispatchMinutesMinor',
  'dispatchMinutesUrgent',
  'arriveMinutesMinor',
  'arriveMinutesUrgent',
  'completeMinutesMinor',
  'completeMinutesUrgent',
] as const;
type Values = Record<(typeof MINUTE_FIELDS)[number], number> & { urgentSameDay: boolean; note?: string };
const FIELDS = [...MINUTE_FIELDS, 'urgentSameDay', 'note'];

/** The figures of one version: rows dispatch / arrive / complete, columns minor / urgent. */
export function CommitmentFigures({ c }: { c: Commitments }) {
  const { t } = useTranslation();
  const min = (n: number) => t('workOrders.commitments.minutes', { count: n });
  const rows = [
    { key: 'dispatch', minor: min(c.dispatchMinutesMinor), urgent: min(c.dispatchMinutesUrgent) },
    { key: 'arrive', minor: min(c.arriveMinutesMinor), urgent: min(c.arriveMinutesUrgent) },
    {
      key: 'complete',
      minor: min(c.completeMinutesMinor),
      urgent: c.urgentSameDay ? t('workOrders.commitments.sameDay') : min(c.completeMinutesUrgent),
    },
  ];
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { title: '', render: (_, r) => t(`workOrders.commitments.${r.key as 'dispatch'}`) },
        { title: t('workOrders.commitments.minor'), dataIndex: 'minor' },
        { title: t('workOrders.commitments.urgent'), dataIndex: 'urgent' },
      ]}
    />
  );
}

/** The company's service-time commitments in force, a new version (admins), and the history. */
export function CommitmentsTab() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const { ability, company } = useSession();
  const canEdit = !!company && ability.can('update', 'Company');
  const [{ data, fetching, error }, refetch] = useQuery({ query: WorkOrderCommitmentsQuery });
  const [{ fetching: saving }, update] = useMutation(UpdateWorkOrderCommitmentsMutation);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Values>();
  const labels: Record<string, string> = {
    dispatchMinutesMinor: `${t('workOrders.commitments.minor')} · ${t('workOrders.commitments.dispatch')}`,
    dispatchMinutesUrgent: `${t('workOrders.commitments.urgent')} · ${t('workOrders.commitments.dispatch')}`,
    arriveMinutesMinor: `${t('workOrders.commitments.minor')} · ${t('workOrders.commitments.arrive')}`,
    arriveMinutesUrgent: `${t('workOrders.commitments.urgent')} · ${t('workOrders.commitments.arrive')}`,
    completeMinutesMinor: `${t('workOrders.commitments.minor')} · ${t('workOrders.commitments.complete')}`,
    completeMinutesUrgent: `${t('workOrders.commitments.urgent')} · ${t('workOrders.commitments.complete')}`,
    urgentSameDay: t('workOrders.commitments.urgentSameDay'),
    note: t('workOrders.commitments.note'),
  };
  const problemText = useProblemText(labels);
  const errorText = useErrorText();
  const sameDay = Form.useWatch('urgentSameDay', form);
  const o = data?.workOrderCommitments;
  if (error && !o)
    return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!o) return <Skeleton active paragraph={{ rows: 6 }} loading={fetching} />;

  const fill = (c: Commitments) =>
    form.setFieldsValue({
      dispatchMinutesMinor: c.dispatchMinutesMinor,
      dispatchMinutesUrgent: c.dispatchMinutesUrgent,
      arriveMinutesMinor: c.arriveMinutesMinor,
      arriveMinutesUrgent: c.arriveMinutesUrgent,
      completeMinutesMinor: c.completeMinutesMinor,
      completeMinutesUrgent: c.completeMinutesUrgent,
      urgentSameDay: c.urgentSameDay,
    });
  const save = async (v: Values) => {
    const result = await update({ input: { ...v, note: v.note?.trim() || null } });
    if (result.error) {
      const text = showServerProblems(form, result.error, FIELDS, problemText, errorText);
      if (text) void message.error(text);
      return;
    }
    void message.success(t('workOrders.commitments.saved'));
    setEditing(false);
  };

  return (
    <Flex vertical gap={16} data-testid="commitments">
      <Typography.Text type="secondary">{t('workOrders.commitments.subtitle')}</Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('workOrders.commitments.current')}
            extra={
              canEdit && !editing ? (
                <Button
                  type="primary"
                  onClick={() => {
                    form.resetFields();
                    fill(o.current);
                    setEditing(true);
                  }}
                >
                  {t('workOrders.commitments.edit')}
                </Button>
              ) : null
            }
          >
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {o.current.effectiveFrom
                ? `${t('workOrders.commitments.effectiveFrom')}：${formatDateTime(o.current.effectiveFrom)}${
                    o.current.createdBy ? ` · ${o.current.createdBy.name}` : ''
                  }`
                : t('workOrders.commitments.never')}
            </Typography.Paragraph>
            <CommitmentFigures c={o.current} />
            {!canEdit ? (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                {t('workOrders.commitments.readOnly')}
              </Typography.Paragraph>
            ) : null}
          </Card>
        </Col>
        {editing ? (
          <Col xs={24} lg={12}>
            <Card size="small" title={t('workOrders.commitments.edit')}>
              <Flex gap={8} wrap style={{ marginBottom: 12 }} align="center">
                <Typography.Text type="secondary">{t('workOrders.commitments.presets')}：</Typography.Text>
                <Button size="small" onClick={() => fill(o.defaults)}>
                  {t('workOrders.commitments.presetSeed000')}
                </Button>
                <Button size="small" onClick={() => fill(o.seed002)}>
                  {t('workOrders.commitments.presetSeed002')}
                </Button>
              </Flex>
              <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void save(v)}>
                <Row gutter={12}>
                  {MINUTE_FIELDS.map((f) => (
                    <Col key={f} span={mobile ? 24 : 12}>
                      <Form.Item name={f} label={labels[f]} rules={[{ required: true, message: labels[f] }]}>
                        <InputNumber
                          min={1}
                          max={43_200}
                          precision={0}
                          disabled={f === 'completeMinutesUrgent' && sameDay}
                          suffix={t('workOrders.commitments.unit')}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    </Col>
                  ))}
                </Row>
                <Form.Item name="urgentSameDay" label={labels.urgentSameDay} valuePropName="checked">
                  <Switch />
                </Form.Item>
                <Form.Item name="note" label={labels.note}>
                  <Input.TextArea rows={2} maxLength={500} />
                </Form.Item>
                <Flex gap={8} justify="flex-end">
                  <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
                  <Button type="primary" htmlType="submit" loading={saving}>
                    {t('workOrders.commitments.save')}
                  </Button>
                </Flex>
              </Form>
            </Card>
          </Col>
        ) : null}
      </Row>
      <Card size="small" title={t('workOrders.commitments.history')}>
        {o.history.length === 0 ? (
          <Empty description={t('workOrders.commitments.noHistory')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Flex vertical gap={16}>
            {o.history.map((h) => (
              <div key={h.id ?? 'defaults'} data-testid="commitments-version">
                <Typography.Text strong>
                  {t('workOrders.commitments.effectiveFrom')}：{formatDateTime(h.effectiveFrom)}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {h.createdBy ? ` · ${t('workOrders.commitments.changedBy')}：${h.createdBy.name}` : ''}
                  {h.note ? ` · ${h.note}` : ''}
                </Typography.Text>
                <div style={{ marginTop: 6 }}>
                  <CommitmentFigures c={h} />
                </div>
              </div>
            ))}
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
