import { type AppAbility, subject } from '@anju/domain';
import { ArrowLeftOutlined, FormOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Input,
  List,
  Modal,
  Progress,
  Skeleton,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { AuditDetailQuery as Detail } from '../../gql/graphql';
import { errorCode } from '../../shared/errors';
import { formatDateTime, formatNumber } from '../../shared/format';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { KindTag, StatusTag } from './AuditTags';
import { AuditDetailQuery, CancelAuditMutation, StartAuditMutation } from './audits.graphql';
import { useAuditsLive } from './useAuditsLive';

type AuditOf = NonNullable<Detail['audit']>;
const ESTATE_KINDS = new Set(['SELF_CHECK', 'SEMI_MONTHLY', 'MONTHLY']);

/** Whether the signed-in user conducts this audit (the server decides; this only shows the buttons). */
function mayConduct(
  ability: AppAbility,
  companyId: string,
  me: { id: string; memberships: { role: string }[] },
  a: AuditOf,
) {
  if (
    !ability.can(
      'update',
      subject('Audit', { companyId, estateId: a.estate?.id, kind: a.kind, status: a.status }),
    )
  )
    return false;
  if (a.auditors.some((u) => u.id === me.id)) return true;
  if (me.memberships.some((m) => m.role === 'COMPANY_ADMIN')) return true;
  return ESTATE_KINDS.has(a.kind) && me.memberships.some((m) => m.role === 'ESTATE_MANAGER');
}

/** One audit: header, auditors, progress and score so far; its findings once submitted. */
export function AuditDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { ability, company, me } = useSession();
  const [result, refetch] = useQuery({
    query: AuditDetailQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  useAuditsLive(() => refetch({ requestPolicy: 'network-only' }), { auditId: id });
  const [startState, start] = useMutation(StartAuditMutation);
  const [cancelState, cancel] = useMutation(CancelAuditMutation);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');

  const audit = result.data?.audit;
  if (!audit) {
    if (result.fetching) return <Skeleton active paragraph={{ rows: 8 }} />;
    if (errorCode(result.error) === 'NOT_FOUND')
      return <Empty description={t('audits.detail.notFound')} style={{ marginTop: 80 }} />;
    return <QueryError error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  }

  const conductor = company ? mayConduct(ability, company.id, me, audit) : false;
  const open = audit.status === 'PLANNED' || audit.status === 'IN_PROGRESS';
  const mayCancel =
    open &&
    !!company &&
    ability.can(
      'update',
      subject('Audit', {
        companyId: company.id,
        estateId: audit.estate?.id,
        kind: audit.kind,
        status: audit.status,
      }),
    );
  const total = audit.score?.total;
  const itemCount = audit.templateVersion?.itemCount ?? 0;
  const submitted = audit.status === 'SUBMITTED' || audit.status === 'CLOSED';
  const items = new Map(
    (audit.templateVersion?.content.sections ?? []).flatMap((s) =>
      s.items.map((i) => [i.key, { ...i, section: en ? s.titleEn : s.title }] as const),
    ),
  );
  const notes = new Map(audit.answers.map((a) => [a.itemKey, a]));
  const sectionTitle = new Map(
    (audit.templateVersion?.content.sections ?? []).map((s) => [s.key, en ? s.titleEn : s.title]),
  );

  const doStart = async () => {
    const res = await start({ input: { id } });
    if (res.error) message.error(errorText(res.error));
    else message.success(t('audits.detail.started'));
  };
  const doCancel = async () => {
    const res = await cancel({ input: { id, reason } });
    if (res.error) return;
    setCancelling(false);
    message.success(t('audits.detail.cancelled'));
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <div>
      <Link to="/audits">
        <ArrowLeftOutlined /> {t('audits.detail.back')}
      </Link>
      <PageHeader
        title={audit.title}
        subtitle={
          <Flex gap={6} wrap align="center" component="span">
            <KindTag kind={audit.kind} />
            <StatusTag status={audit.status} overdue={audit.overdue} />
            <span>{audit.estate?.name}</span>
          </Flex>
        }
        extra={
          <>
            {conductor && open ? (
              <Link to={`/audits/${audit.id}/conduct`}>
                <Button type="primary" icon={<FormOutlined />} size={mobile ? 'large' : 'middle'}>
                  {audit.status === 'PLANNED' ? t('audits.detail.conduct') : t('audits.detail.continue')}
                </Button>
              </Link>
            ) : null}
            {conductor && audit.status === 'PLANNED' ? (
              <Button onClick={doStart} loading={startState.fetching}>
                {t('audits.detail.start')}
              </Button>
            ) : null}
            {mayCancel ? (
              <Button danger onClick={() => setCancelling(true)}>
                {t('audits.detail.cancel')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card variant="borderless">
          <Descriptions column={mobile ? 1 : 3} size="small">
            <Descriptions.Item label={t('audits.detail.plannedAt')}>
              {formatDateTime(audit.plannedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('audits.detail.dueAt')}>
              <Typography.Text type={audit.overdue ? 'danger' : undefined}>
                {formatDateTime(audit.dueAt)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('audits.detail.startedAt')}>
              {formatDateTime(audit.startedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('audits.detail.submittedAt')}>
              {formatDateTime(audit.submittedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('audits.detail.auditors')}>
              {audit.auditors.map((u) => u.name).join(t('common.nameSeparator')) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('audits.detail.template')}>
              {audit.templateVersion
                ? t('audits.detail.templateVersion', {
                    name: audit.templateVersion.name,
                    number: audit.templateVersion.number,
                    count: itemCount,
                  })
                : '—'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {total ? (
          <Card
            variant="borderless"
            title={submitted ? t('audits.detail.finalScore') : t('audits.detail.score')}
          >
            <Flex gap={24} wrap align="center">
              <Statistic
                value={total.percent ?? undefined}
                formatter={(v) => (v == null ? '—' : `${formatNumber(Number(v))}%`)}
                title={t('audits.detail.points', {
                  earned: formatNumber(total.earned),
                  max: formatNumber(total.max),
                })}
              />
              {total.grade ? (
                <Statistic
                  title={t('audits.detail.grade')}
                  value={en ? total.grade.labelEn : total.grade.label}
                />
              ) : null}
              <Flex vertical style={{ minWidth: 200, flex: 1 }}>
                <Typography.Text type="secondary">{t('audits.detail.progress')}</Typography.Text>
                <Progress percent={itemCount ? Math.round((total.answered / itemCount) * 100) : 0} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('audits.detail.progressText', { answered: total.answered, total: itemCount })}
                </Typography.Text>
              </Flex>
            </Flex>
            {total.failed ? (
              <Alert
                type="error"
                showIcon
                title={t('audits.detail.criticalFailed')}
                style={{ marginTop: 12 }}
              />
            ) : null}
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('audits.detail.sections')}
            </Typography.Title>
            <List
              size="small"
              dataSource={audit.score?.sections ?? []}
              renderItem={(s) => (
                <List.Item>
                  <Flex justify="space-between" style={{ width: '100%' }} gap={8}>
                    <span>{sectionTitle.get(s.key) ?? s.key}</span>
                    <span>
                      {t('audits.detail.points', {
                        earned: formatNumber(s.earned),
                        max: formatNumber(s.max),
                      })}
                      {s.percent != null ? ` · ${formatNumber(s.percent)}%` : ''}
                    </span>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        ) : null}
        {submitted && total ? (
          <Card variant="borderless" title={t('audits.detail.findings', { count: audit.findingCount })}>
            {total.failedItems.length === 0 ? (
              <Empty description={t('audits.detail.noFindings')} />
            ) : (
              <List
                dataSource={total.failedItems}
                renderItem={(key) => {
                  const item = items.get(key);
                  const answer = notes.get(key);
                  return (
                    <List.Item>
                      <List.Item.Meta
                        title={
                          <Flex gap={6} wrap align="center">
                            <span>{item ? (en ? item.titleEn : item.title) : key}</span>
                            {item?.critical ? (
                              <Tag color="error">{t('audits.detail.criticalFailed')}</Tag>
                            ) : null}
                          </Flex>
                        }
                        description={[item?.section, answer?.note].filter(Boolean).join(' · ')}
                      />
                    </List.Item>
                  );
                }}
              />
            )}
          </Card>
        ) : null}
      </Flex>
      <Modal
        open={cancelling}
        title={t('audits.detail.cancel')}
        okText={t('audits.detail.cancelConfirm')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: cancelState.fetching }}
        onOk={doCancel}
        onCancel={() => setCancelling(false)}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder={t('audits.detail.cancelReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {cancelState.error ? (
          <Alert type="error" showIcon title={errorText(cancelState.error)} style={{ marginTop: 12 }} />
        ) : null}
      </Modal>
    </div>
  );
}
