import {
  CALLBACK_SATISFACTIONS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  subject,
} from '@anju/domain';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { ComplaintFieldsFragment } from '../../gql/graphql';
import { EstatePicker } from '../../shared/EstatePicker';
import { PageHeader } from '../../shared/PageHeader';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import {
  ComplaintsQuery,
  CreateComplaintMutation,
  PostponeComplaintMutation,
  ResolveComplaintMutation,
  RuleComplaintMutation,
} from './complaints.graphql';

type Complaint = ComplaintFieldsFragment;
type Step = 'RULE' | 'POSTPONE' | 'RESOLVE';

const at = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

/** 投诉管理: an estate's complaints, filtered; the detail with its timeline and the owner's steps. */
export function ComplaintsPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const { ability, company } = useSession();
  const [params, setParams] = useSearchParams();
  const estateId = params.get('estate') ?? undefined;
  const [filters, setFilters] = useState<{
    status?: string;
    category?: string;
    valid?: boolean;
    overdue?: boolean;
    search?: string;
  }>({});
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(params.get('complaint'));
  const [result, refetch] = useQuery({
    query: ComplaintsQuery,
    pause: !estateId,
    variables: {
      filter: {
        estateId: estateId ?? '',
        status: (filters.status as never) ?? null,
        category: (filters.category as never) ?? null,
        valid: filters.valid ?? null,
        overdue: filters.overdue || null,
        search: filters.search || null,
      },
      first: 100,
    },
  });
  const errorText = useErrorText();
  const rows = result.data?.complaints.edges.map((e) => e.node) ?? [];
  const open = rows.find((r) => r.id === openId) ?? null;
  const mayCreate = Boolean(
    estateId && ability.can('create', subject('Complaint', { companyId: company?.id, estateId })),
  );
  const setEstate = (id: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (id) next.set('estate', id);
      else next.delete('estate');
      return next;
    });

  const validity = (v: boolean | null | undefined) =>
    t(`complaints.validity.${String(v ?? null)}` as 'complaints.validity.null');
  const statusTag = (c: Complaint) => (
    <Space size={4} wrap>
      <Tag color={c.status === 'RESOLVED' ? 'green' : 'blue'}>{t(`complaints.status.${c.status}`)}</Tag>
      {c.severity === 'MAJOR' ? <Tag color="red">{t('complaints.severity.MAJOR')}</Tag> : null}
      {c.overdue ? <Tag color="orange">{t('complaints.overdue')}</Tag> : null}
      {c.postponedAt ? <Tag>{t('complaints.postponed')}</Tag> : null}
    </Space>
  );

  return (
    <div data-testid="complaints-page">
      <PageHeader
        title={t('complaints.title')}
        subtitle={t('complaints.subtitle')}
        extra={
          mayCreate ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="complaint-create">
              {t('complaints.create')}
            </Button>
          ) : null
        }
      />
      <EstatePicker
        value={estateId}
        onChange={(id) => setEstate(id)}
        autoSelectFirst
        placeholder={t('complaints.pickEstate')}
        style={{ width: mobile ? '100%' : 260, marginBottom: 12 }}
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          aria-label={t('complaints.filters.status')}
          placeholder={t('complaints.filters.status')}
          style={{ minWidth: 120 }}
          value={filters.status}
          onChange={(v) => setFilters((f) => ({ ...f, status: v }))}
          options={(['OPEN', 'RESOLVED'] as const).map((s) => ({
            value: s,
            label: t(`complaints.status.${s}`),
          }))}
        />
        <Select
          allowClear
          aria-label={t('complaints.filters.category')}
          placeholder={t('complaints.filters.category')}
          style={{ minWidth: 120 }}
          value={filters.category}
          onChange={(v) => setFilters((f) => ({ ...f, category: v }))}
          options={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`complaints.category.${c}`) }))}
        />
        <Select
          allowClear
          aria-label={t('complaints.filters.valid')}
          placeholder={t('complaints.filters.valid')}
          style={{ minWidth: 120 }}
          value={filters.valid === undefined ? undefined : String(filters.valid)}
          onChange={(v) => setFilters((f) => ({ ...f, valid: v === undefined ? undefined : v === 'true' }))}
          options={[
            { value: 'true', label: validity(true) },
            { value: 'false', label: validity(false) },
          ]}
        />
        <Input.Search
          allowClear
          placeholder={t('complaints.filters.search')}
          style={{ width: mobile ? '100%' : 240 }}
          onSearch={(v) => setFilters((f) => ({ ...f, search: v.trim() || undefined }))}
        />
        <Space>
          <Switch
            size="small"
            checked={Boolean(filters.overdue)}
            onChange={(v) => setFilters((f) => ({ ...f, overdue: v }))}
            aria-label={t('complaints.filters.overdue')}
          />
          <Typography.Text>{t('complaints.filters.overdue')}</Typography.Text>
        </Space>
      </Flex>
      {result.error ? (
        <Alert type="error" showIcon title={errorText(result.error)} style={{ marginBottom: 12 }} />
      ) : null}
      {result.data ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
          {t('complaints.total', { count: result.data.complaints.totalCount })}
        </Typography.Text>
      ) : null}
      {mobile ? (
        <List
          bordered
          loading={result.fetching}
          dataSource={rows}
          locale={{ emptyText: <Empty description={t('complaints.empty')} /> }}
          renderItem={(c) => (
            <List.Item
              data-testid="complaint-row"
              onClick={() => setOpenId(c.id)}
              style={{ cursor: 'pointer' }}
            >
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>
                    #{c.number} {t(`complaints.category.${c.category}`)}
                  </Typography.Text>
                  {statusTag(c)}
                </Flex>
                <Typography.Text ellipsis>{c.description}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {at(c.receivedAt)} · {t('complaints.fields.promisedFeedbackAt')} {at(c.promisedFeedbackAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Table<Complaint>
          size="small"
          rowKey="id"
          loading={result.fetching}
          dataSource={rows}
          locale={{ emptyText: <Empty description={t('complaints.empty')} /> }}
          pagination={rows.length > 20 ? { pageSize: 20 } : false}
          onRow={(c) =>
            ({
              onClick: () => setOpenId(c.id),
              style: { cursor: 'pointer' },
              'data-testid': 'complaint-row',
            }) as never
          }
          columns={[
            { title: t('complaints.fields.number'), dataIndex: 'number', width: 70 },
            {
              title: t('complaints.fields.category'),
              key: 'category',
              render: (_, c) => t(`complaints.category.${c.category}`),
            },
            { title: t('complaints.fields.description'), dataIndex: 'description', ellipsis: true },
            {
              title: t('complaints.fields.receivedAt'),
              key: 'receivedAt',
              render: (_, c) => at(c.receivedAt),
            },
            {
              title: t('complaints.fields.promisedFeedbackAt'),
              key: 'promised',
              render: (_, c) => at(c.promisedFeedbackAt),
            },
            { title: t('complaints.fields.valid'), key: 'valid', render: (_, c) => validity(c.valid) },
            { title: t('complaints.fields.status'), key: 'status', render: (_, c) => statusTag(c) },
          ]}
        />
      )}
      {creating && estateId ? (
        <CreateDrawer
          estateId={estateId}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            refetch({ requestPolicy: 'network-only' });
            setOpenId(id);
          }}
        />
      ) : null}
      <Drawer
        open={Boolean(open)}
        onClose={() => setOpenId(null)}
        width={mobile ? '100%' : 560}
        title={open ? `#${open.number} ${t(`complaints.category.${open.category}`)}` : ''}
        destroyOnHidden
      >
        {open ? (
          <ComplaintDetail complaint={open} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
        ) : null}
      </Drawer>
    </div>
  );
}

function CreateDrawer({
  estateId,
  onClose,
  onCreated,
}: {
  estateId: string;
  onClose(): void;
  onCreated(id: string): void;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const [state, create] = useMutation(CreateComplaintMutation);
  const submit = async (v: Record<string, unknown>) => {
    const res = await create({
      input: {
        estateId,
        category: v.category as never,
        channel: v.channel as never,
        severity: (v.severity as never) ?? 'NORMAL',
        location: (v.location as string) || null,
        description: v.description as string,
        complainantName: (v.complainantName as string) || null,
        complainantPhone: (v.complainantPhone as string) || null,
        feedbackMinutes: Number(v.feedbackMinutes ?? 2880),
      },
    });
    if (res.data) onCreated(res.data.createComplaint.id);
  };
  return (
    <Drawer
      open
      onClose={onClose}
      width={mobile ? '100%' : 480}
      title={t('complaints.create')}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ channel: 'PHONE', severity: 'NORMAL', feedbackMinutes: '2880' }}
      >
        <Form.Item name="category" label={t('complaints.fields.category')} rules={[{ required: true }]}>
          <Select
            options={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`complaints.category.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="channel" label={t('complaints.fields.channel')} rules={[{ required: true }]}>
          <Select
            options={COMPLAINT_CHANNELS.map((c) => ({ value: c, label: t(`complaints.channel.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="severity" label={t('complaints.fields.severity')} extra={t('complaints.majorHint')}>
          <Radio.Group
            options={COMPLAINT_SEVERITIES.map((s) => ({ value: s, label: t(`complaints.severity.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="location" label={t('complaints.fields.location')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('complaints.fields.description')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={1000} />
        </Form.Item>
        <Form.Item name="complainantName" label={t('complaints.fields.complainantName')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="complainantPhone" label={t('complaints.fields.complainantPhone')}>
          <Input inputMode="tel" maxLength={20} />
        </Form.Item>
        <Form.Item name="feedbackMinutes" label={t('complaints.fields.feedbackDays')}>
          <Select
            options={(['1440', '2880', '4320', '10080'] as const).map((m) => ({
              value: m,
              label: t(`complaints.feedbackDays.${m}`),
            }))}
          />
        </Form.Item>
        {state.error ? (
          <Alert type="error" showIcon title={errorText(state.error)} style={{ marginBottom: 12 }} />
        ) : null}
        <Button
          type="primary"
          htmlType="submit"
          loading={state.fetching}
          block={mobile}
          data-testid="complaint-submit"
        >
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}

function ComplaintDetail({ complaint: c, onChanged }: { complaint: Complaint; onChanged(): void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step | null>(null);
  const validity = (v: boolean | null | undefined) =>
    t(`complaints.validity.${String(v ?? null)}` as 'complaints.validity.null');
  const items = [
    {
      color: 'blue',
      children: `${at(c.receivedAt)} ${t('complaints.timeline.received', { name: c.receiver?.name ?? '' })}`,
    },
    ...(c.ruledAt
      ? [
          {
            color: c.valid ? 'red' : 'gray',
            children: `${at(c.ruledAt)} ${t('complaints.timeline.ruled', { name: c.ruledBy?.name ?? '', validity: validity(c.valid), reason: c.validityReason ?? '' })}`,
          },
        ]
      : []),
    ...(c.postponedAt
      ? [
          {
            color: 'orange',
            children: `${at(c.postponedAt)} ${t('complaints.timeline.postponed', { name: c.postponedBy?.name ?? '', at: at(c.promisedFeedbackAt), reason: c.postponeReason ?? '' })}`,
          },
        ]
      : []),
    ...(c.resolvedAt
      ? [
          {
            color: 'green',
            children: `${at(c.resolvedAt)} ${t('complaints.timeline.resolved', { name: c.resolvedBy?.name ?? '', resolution: c.resolution ?? '' })}`,
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={16} data-testid="complaint-detail">
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 's', label: t('complaints.fields.status'), children: t(`complaints.status.${c.status}`) },
          {
            key: 'sev',
            label: t('complaints.fields.severity'),
            children: t(`complaints.severity.${c.severity}`),
          },
          {
            key: 'ch',
            label: t('complaints.fields.channel'),
            children: t(`complaints.channel.${c.channel}`),
          },
          { key: 'loc', label: t('complaints.fields.location'), children: c.location ?? '—' },
          { key: 'd', label: t('complaints.fields.description'), children: c.description },
          {
            key: 'n',
            label: t('complaints.fields.complainantName'),
            children: c.personalDataVisible ? (c.complainantName ?? '—') : t('complaints.hidden'),
          },
          {
            key: 'p',
            label: t('complaints.fields.complainantPhone'),
            children: c.personalDataVisible ? (
              c.complainantPhone ? (
                <a href={`tel:${c.complainantPhone.replace(/\s/g, '')}`} data-testid="complaint-phone">
                  {c.complainantPhone}
                </a>
              ) : (
                '—'
              )
            ) : (
              t('complaints.hidden')
            ),
          },
          { key: 'r', label: t('complaints.fields.receiver'), children: c.receiver?.name ?? '—' },
          { key: 'pf', label: t('complaints.fields.promisedFeedbackAt'), children: at(c.promisedFeedbackAt) },
          { key: 'v', label: t('complaints.fields.valid'), children: validity(c.valid) },
          ...(c.satisfaction
            ? [
                {
                  key: 'sat',
                  label: t('complaints.fields.satisfaction'),
                  children: t(`complaints.satisfaction.${c.satisfaction}`),
                },
              ]
            : []),
        ]}
      />
      {c.nextSteps.length ? (
        <Flex wrap gap={8}>
          {c.nextSteps.map((s) => (
            <Button
              key={s}
              type={s === 'RESOLVE' ? 'primary' : 'default'}
              onClick={() => setStep(s)}
              data-testid={`complaint-step-${s}`}
            >
              {t(`complaints.steps.${s}`)}
            </Button>
          ))}
        </Flex>
      ) : null}
      <div>
        <Typography.Title level={5}>{t('complaints.timeline.title')}</Typography.Title>
        <Timeline items={items} />
      </div>
      {step ? (
        <StepModal
          step={step}
          complaint={c}
          onClose={() => setStep(null)}
          onDone={() => {
            setStep(null);
            onChanged();
          }}
        />
      ) : null}
    </Flex>
  );
}

function StepModal({
  step,
  complaint: c,
  onClose,
  onDone,
}: {
  step: Step;
  complaint: Complaint;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const [rule, doRule] = useMutation(RuleComplaintMutation);
  const [postpone, doPostpone] = useMutation(PostponeComplaintMutation);
  const [resolve, doResolve] = useMutation(ResolveComplaintMutation);
  const state = step === 'RULE' ? rule : step === 'POSTPONE' ? postpone : resolve;
  const submit = async (v: Record<string, unknown>) => {
    const base = { id: c.id, version: c.version };
    const res =
      step === 'RULE'
        ? await doRule({ input: { ...base, valid: v.valid === 'true', reason: v.reason as string } })
        : step === 'POSTPONE'
          ? await doPostpone({
              input: {
                ...base,
                newFeedbackAt: (v.newFeedbackAt as Dayjs).toISOString(),
                reason: v.reason as string,
              },
            })
          : await doResolve({
              input: {
                ...base,
                resolution: v.resolution as string,
                callbackNote: (v.callbackNote as string) || null,
                satisfaction: v.satisfaction as never,
              },
            });
    if (!res.error) {
      message.success(t('complaints.saved'));
      onDone();
    }
  };
  return (
    <Modal
      open
      title={t(`complaints.steps.${step}`)}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={state.fetching}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ valid: 'true', satisfaction: 'SATISFIED' }}
      >
        {step === 'RULE' ? (
          <>
            <Form.Item name="valid" label={t('complaints.fields.valid')}>
              <Radio.Group
                options={[
                  { value: 'true', label: t('complaints.validity.true') },
                  { value: 'false', label: t('complaints.validity.false') },
                ]}
              />
            </Form.Item>
            <Form.Item name="reason" label={t('complaints.fields.reason')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </>
        ) : step === 'POSTPONE' ? (
          <>
            <Typography.Paragraph type="secondary">{t('complaints.postponeOnce')}</Typography.Paragraph>
            <Form.Item
              name="newFeedbackAt"
              label={t('complaints.fields.newFeedbackAt')}
              rules={[{ required: true }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('complaints.fields.postponeReason')}
              rules={[{ required: true }]}
            >
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item
              name="resolution"
              label={t('complaints.fields.resolution')}
              rules={[{ required: true }]}
            >
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
            <Form.Item name="callbackNote" label={t('complaints.fields.callbackNote')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Form.Item name="satisfaction" label={t('complaints.fields.satisfaction')}>
              <Radio.Group
                options={CALLBACK_SATISFACTIONS.map((s) => ({
                  value: s,
                  label: t(`complaints.satisfaction.${s}`),
                }))}
              />
            </Form.Item>
          </>
        )}
        {state.error ? (
          <Alert type="error" showIcon title={errorText(state.error)} data-testid="complaint-step-error" />
        ) : null}
      </Form>
    </Modal>
  );
}
