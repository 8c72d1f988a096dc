import { HQ_AUDIT_KINDS } from '@anju/domain';
import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { FileRef } from '../../shared/files';
import { formatDateTime } from '../../shared/format';
import { showServerProblems } from '../../shared/formProblems';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { rowSubject } from '../../shared/rowSubject';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { SEVERITY_COLOR, STATUS_COLOR } from './labels';
import { PhotoField, PhotoList } from './Photos';
import {
  AppealFindingMutation,
  AssignRectificationMutation,
  DecideAppealMutation,
  RectificationDetailQuery,
  ReopenRectificationMutation,
  SubmitRectificationMutation,
  UpdateRectificationMutation,
  VerifyRectificationMutation,
} from './rectifications.graphql';
import './rectifications.css';
import { useRectificationsLive } from './useRectificationsLive';

type Photo = Pick<FileRef, 'id' | 'name'>;
interface EvidenceValues {
  rootCause?: string;
  correctiveAction?: string;
  preventiveAction?: string;
  evidenceNote?: string;
  beforePhotoFileIds: Photo[];
  afterPhotoFileIds: Photo[];
}
const EVIDENCE_FIELDS = [
  'rootCause',
  'correctiveAction',
  'preventiveAction',
  'evidenceNote',
  'beforePhotoFileIds',
  'afterPhotoFileIds',
];
const EDITABLE = ['OPEN', 'IN_PROGRESS', 'REOPENED'];
const TAP = { minHeight: 44 };

/** One rectification: its finding, assignment, evidence, verification and the finding's appeal. */
export function RectificationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const { ability, company } = useSession();
  const errorText = useErrorText();
  const [detail, refetch] = useQuery({
    query: RectificationDetailQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useRectificationsLive(reload, (changed) => changed === id);
  const r = detail.data?.rectification;

  const labels = {
    rootCause: t('rectifications.evidence.rootCause'),
    correctiveAction: t('rectifications.evidence.correctiveAction'),
    preventiveAction: t('rectifications.evidence.preventiveAction'),
    evidenceNote: t('rectifications.evidence.evidenceNote'),
    beforePhotoFileIds: t('rectifications.evidence.beforePhotos'),
    afterPhotoFileIds: t('rectifications.evidence.afterPhotos'),
    assigneeUserId: t('rectifications.assign.title'),
    reason: t('rectifications.verify.reason'),
    note: t('rectifications.verify.note'),
  };
  const problemText = useProblemText(labels);
  const [form] = Form.useForm<EvidenceValues>();
  const [assignee, setAssignee] = useState<string | undefined>();
  const [note, setNote] = useState('');
  const [reopenReason, setReopenReason] = useState('');
  const [appealReason, setAppealReason] = useState('');
  const [decisionReason, setDecisionReason] = useState('');
  const [, assign] = useMutation(AssignRectificationMutation);
  const [, update] = useMutation(UpdateRectificationMutation);
  const [, submit] = useMutation(SubmitRectificationMutation);
  const [, verify] = useMutation(VerifyRectificationMutation);
  const [, reopen] = useMutation(ReopenRectificationMutation);
  const [, appeal] = useMutation(AppealFindingMutation);
  const [, decide] = useMutation(DecideAppealMutation);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    if (!r) return;
    form.setFieldsValue({
      rootCause: r.rootCause ?? '',
      correctiveAction: r.correctiveAction ?? '',
      preventiveAction: r.preventiveAction ?? '',
      evidenceNote: r.evidenceNote ?? '',
      beforePhotoFileIds: r.beforePhotos,
      afterPhotoFileIds: r.afterPhotos,
    });
  }, [r, form]);

  if (detail.error && !r) return <QueryError error={detail.error} onRetry={reload} />;
  if (!r) return <Skeleton active paragraph={{ rows: 8 }} />;
  const f = r.finding;
  const editable = r.canUpdate && EDITABLE.includes(r.status);

  /** Runs a mutation; problems go to the form's fields, anything else to a message. */
  async function run(name: string, call: () => Promise<{ error?: CombinedError }>, done: string) {
    setBusy(name);
    const { error } = await call();
    setBusy(null);
    if (error) {
      const text = showServerProblems(form, error, EVIDENCE_FIELDS, problemText, errorText);
      if (text) void message.error(text);
      return false;
    }
    void message.success(done);
    reload();
    return true;
  }

  const evidenceInput = () => {
    const v = form.getFieldsValue();
    return {
      id: r.id,
      version: r.version,
      rootCause: v.rootCause ?? '',
      correctiveAction: v.correctiveAction ?? '',
      preventiveAction: v.preventiveAction ?? '',
      evidenceNote: v.evidenceNote ?? '',
      beforePhotoFileIds: (v.beforePhotoFileIds ?? []).map((p) => p.id),
      afterPhotoFileIds: (v.afterPhotoFileIds ?? []).map((p) => p.id),
    };
  };
  const findingRow = { estateId: r.estate?.id };
  const canAppeal =
    !f.appeal &&
    !f.withdrawn &&
    (HQ_AUDIT_KINDS as readonly string[]).includes(f.audit.kind) &&
    ability.can('create', rowSubject('Appeal', findingRow, company?.id ?? ''));
  const canDecide =
    f.appeal?.status === 'PENDING' &&
    ability.can('respond', rowSubject('Appeal', findingRow, company?.id ?? ''));

  return (
    <div>
      <Link to="/rectifications" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('rectifications.back')}
      </Link>
      <PageHeader
        title={f.title}
        subtitle={`${r.estate?.name ?? ''} · ${t(`rectifications.departments.${f.department}`)}`}
        extra={
          <Space wrap>
            <Tag color={STATUS_COLOR[r.status]}>{t(`rectifications.status.${r.status}`)}</Tag>
            {r.overdue ? <Tag color="error">{t('rectifications.overdue')}</Tag> : null}
          </Space>
        }
      />
      <Flex vertical gap={16}>
        {f.withdrawn ? <Alert type="info" showIcon message={t('rectifications.withdrawn')} /> : null}
        <Card title={t('rectifications.finding')} className={r.overdue ? 'rect-overdue-card' : undefined}>
          <Descriptions column={1} size="small" layout={mobile ? 'vertical' : 'horizontal'}>
            <Descriptions.Item label={t('rectifications.audit')}>{f.audit.title}</Descriptions.Item>
            <Descriptions.Item label={t('rectifications.columns.severity')}>
              <Tag color={SEVERITY_COLOR[f.severity]}>{t(`rectifications.severity.${f.severity}`)}</Tag>
              {f.critical ? <Tag color="red">{t('rectifications.critical')}</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('rectifications.standard')}>{f.standard}</Descriptions.Item>
            {f.note ? (
              <Descriptions.Item label={t('rectifications.auditorNote')}>{f.note}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('rectifications.columns.dueAt')}>
              <span className={r.overdue ? 'rect-overdue-text' : undefined}>{formatDateTime(r.dueAt)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('rectifications.raisedAt')}>
              {formatDateTime(f.raisedAt)}
            </Descriptions.Item>
          </Descriptions>
          <PhotoList photos={f.photos} />
        </Card>

        <Card title={t('rectifications.assign.title')}>
          {r.canAssign ? (
            <Flex gap={8} wrap>
              <Select
                showSearch
                optionFilterProp="label"
                aria-label={t('rectifications.assign.title')}
                placeholder={t('rectifications.assign.placeholder')}
                value={assignee ?? r.assignee?.id}
                onChange={setAssignee}
                options={r.assignableUsers.map((u) => ({ value: u.id, label: u.name }))}
                style={{ flex: 1, minWidth: 200, ...TAP }}
              />
              <Button
                type="primary"
                style={TAP}
                loading={busy === 'assign'}
                disabled={!assignee || assignee === r.assignee?.id}
                onClick={() =>
                  void run(
                    'assign',
                    () => assign({ input: { id: r.id, version: r.version, assigneeUserId: assignee! } }),
                    t('rectifications.assign.done'),
                  ).then((ok) => ok && setAssignee(undefined))
                }
              >
                {t('rectifications.assign.submit')}
              </Button>
            </Flex>
          ) : (
            <Typography.Text>{r.assignee?.name ?? t('rectifications.unassigned')}</Typography.Text>
          )}
        </Card>

        <Card title={t('rectifications.evidence.title')}>
          {r.reopenReason ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('rectifications.verify.reopenedWith', {
                count: r.reopenCount,
                reason: r.reopenReason,
              })}
            />
          ) : null}
          <Form form={form} layout="vertical" disabled={!editable}>
            {(['rootCause', 'correctiveAction', 'preventiveAction', 'evidenceNote'] as const).map((name) => (
              <Form.Item key={name} name={name} label={labels[name]}>
                {editable ? (
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    maxLength={name === 'evidenceNote' ? 2000 : 1000}
                  />
                ) : (
                  <ReadOnly />
                )}
              </Form.Item>
            ))}
            <Form.Item name="beforePhotoFileIds" label={labels.beforePhotoFileIds}>
              <PhotoField label={labels.beforePhotoFileIds} disabled={!editable} />
            </Form.Item>
            <Form.Item name="afterPhotoFileIds" label={labels.afterPhotoFileIds}>
              <PhotoField label={labels.afterPhotoFileIds} disabled={!editable} />
            </Form.Item>
          </Form>
          {editable ? (
            <>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('rectifications.evidence.hint')}
              </Typography.Paragraph>
              <Flex gap={8} wrap>
                <Button
                  style={TAP}
                  loading={busy === 'save'}
                  onClick={() =>
                    void run(
                      'save',
                      () => update({ input: evidenceInput() }),
                      t('rectifications.evidence.saved'),
                    )
                  }
                >
                  {t('rectifications.evidence.save')}
                </Button>
                <Button
                  type="primary"
                  style={TAP}
                  loading={busy === 'submit'}
                  onClick={() =>
                    void run(
                      'submit',
                      () => submit({ input: evidenceInput() }),
                      t('rectifications.evidence.submitted'),
                    )
                  }
                >
                  {t('rectifications.evidence.submit')}
                </Button>
              </Flex>
            </>
          ) : null}
        </Card>

        {r.canVerify && r.status === 'SUBMITTED' ? (
          <Card title={t('rectifications.verify.title')}>
            <Flex vertical gap={12}>
              <Input.TextArea
                aria-label={labels.note}
                placeholder={labels.note}
                value={note}
                maxLength={500}
                onChange={(e) => setNote(e.target.value)}
              />
              <Button
                type="primary"
                style={TAP}
                loading={busy === 'verify'}
                onClick={() =>
                  void run(
                    'verify',
                    () => verify({ input: { id: r.id, version: r.version, note: note || null } }),
                    t('rectifications.verify.verified'),
                  )
                }
              >
                {t('rectifications.verify.verify')}
              </Button>
              <Input.TextArea
                aria-label={labels.reason}
                placeholder={labels.reason}
                value={reopenReason}
                maxLength={500}
                onChange={(e) => setReopenReason(e.target.value)}
              />
              <Button
                danger
                style={TAP}
                loading={busy === 'reopen'}
                disabled={!reopenReason.trim()}
                onClick={() =>
                  void run(
                    'reopen',
                    () => reopen({ input: { id: r.id, version: r.version, reason: reopenReason } }),
                    t('rectifications.verify.reopened'),
                  ).then((ok) => ok && setReopenReason(''))
                }
              >
                {t('rectifications.verify.reopen')}
              </Button>
            </Flex>
          </Card>
        ) : null}

        {f.appeal || canAppeal ? (
          <Card title={t('rectifications.appeal.title')}>
            {f.appeal ? (
              <Flex vertical gap={8}>
                <div>
                  <Tag
                    color={
                      f.appeal.status === 'PENDING'
                        ? 'processing'
                        : f.appeal.status === 'WITHDRAWN'
                          ? 'success'
                          : 'default'
                    }
                  >
                    {t(`rectifications.appeal.status.${f.appeal.status}`)}
                  </Tag>
                </div>
                <Typography.Text>{f.appeal.reason}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('rectifications.appeal.by', {
                    name: f.appeal.appealedBy?.name ?? '',
                    at: formatDateTime(f.appeal.appealedAt),
                  })}
                </Typography.Text>
                {f.appeal.decisionReason ? (
                  <>
                    <Typography.Text>{f.appeal.decisionReason}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('rectifications.appeal.decidedBy', {
                        name: f.appeal.decidedBy?.name ?? '',
                        at: formatDateTime(f.appeal.decidedAt),
                      })}
                    </Typography.Text>
                  </>
                ) : null}
                {canDecide ? (
                  <Flex vertical gap={8}>
                    <Input.TextArea
                      aria-label={t('rectifications.appeal.decisionReason')}
                      placeholder={t('rectifications.appeal.decisionReason')}
                      value={decisionReason}
                      maxLength={1000}
                      onChange={(e) => setDecisionReason(e.target.value)}
                    />
                    <Flex gap={8} wrap>
                      {(['UPHOLD', 'WITHDRAW'] as const).map((decision) => (
                        <Button
                          key={decision}
                          style={TAP}
                          danger={decision === 'WITHDRAW'}
                          loading={busy === decision}
                          disabled={!decisionReason.trim()}
                          onClick={() =>
                            void run(
                              decision,
                              () =>
                                decide({
                                  input: {
                                    findingId: f.id,
                                    decision: decision as never,
                                    reason: decisionReason,
                                  },
                                }),
                              t('rectifications.appeal.decided'),
                            )
                          }
                        >
                          {t(
                            decision === 'UPHOLD'
                              ? 'rectifications.appeal.uphold'
                              : 'rectifications.appeal.withdraw',
                          )}
                        </Button>
                      ))}
                    </Flex>
                  </Flex>
                ) : null}
              </Flex>
            ) : (
              <Flex vertical gap={8}>
                <Typography.Text type="secondary">{t('rectifications.appeal.hint')}</Typography.Text>
                <Input.TextArea
                  aria-label={t('rectifications.appeal.reason')}
                  placeholder={t('rectifications.appeal.reason')}
                  value={appealReason}
                  maxLength={1000}
                  onChange={(e) => setAppealReason(e.target.value)}
                />
                <Button
                  style={TAP}
                  loading={busy === 'appeal'}
                  disabled={!appealReason.trim()}
                  onClick={() =>
                    void run(
                      'appeal',
                      () => appeal({ input: { findingId: f.id, reason: appealReason } }),
                      t('rectifications.appeal.filed'),
                    )
                  }
                >
                  {t('rectifications.appeal.file')}
                </Button>
              </Flex>
            )}
          </Card>
        ) : null}
      </Flex>
    </div>
  );
}

/** A read-only field value (Form.Item passes `value`). */
function ReadOnly({ value }: { value?: string }) {
  const { t } = useTranslation();
  return value ? (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{value}</Typography.Paragraph>
  ) : (
    <Typography.Text type="secondary">{t('rectifications.evidence.none')}</Typography.Text>
  );
}
