import { type FieldProblem, problemsOf, rejectMonthlyFiguresInput } from '@anju/domain';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Flex, Form, Input, Modal, Popconfirm, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useDomainRule } from '../../shared/domainRule';
import { showServerProblems } from '../../shared/formProblems';
import { QueryError } from '../../shared/QueryError';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { MonthlyFormQuery } from '../figures/figures.graphql';
import { MonthlyFormEditor } from '../figures/MonthlyFormEditor';
import { ApproveMonthlyFiguresMutation, RejectMonthlyFiguresMutation } from './approvals.graphql';

export interface ApprovalTarget {
  estateId: string;
  estateName: string;
  month: string;
}

interface Props {
  target: ApprovalTarget | null;
  onClose(): void;
  onDecided(): void;
}

function RejectModal({
  target,
  onClose,
  onDone,
}: {
  target: ApprovalTarget;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const errorText = useErrorText();
  const problemText = useProblemText({ reason: t('approvals.reason') });
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const reasonRule = useDomainRule(form, checkReject, problemText);
  const [{ fetching }, reject] = useMutation(RejectMonthlyFiguresMutation);
  const [general, setGeneral] = useState<string | null>(null);

  const submit = async ({ reason }: { reason: string }) => {
    const result = await reject({
      input: { estateId: target.estateId, month: target.month, reason: reason.trim() },
    });
    if (result.error) {
      setGeneral(showServerProblems(form, result.error, ['reason'], problemText, errorText));
      return;
    }
    message.success(t('approvals.rejectedMsg', { name: target.estateName }));
    onDone();
  };

  return (
    <Modal
      open
      title={t('approvals.rejectTitle', { name: target.estateName, month: periodLabel(target.month) })}
      okText={t('approvals.reject')}
      okButtonProps={{ danger: true }}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {general ? <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('approvals.reason')} rules={reasonRule('reason')} required>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={t('approvals.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The reject reason checked by the domain's rejectMonthlyFigures schema (required, at most 500). */
const checkReject = (values: { reason?: string }): FieldProblem[] =>
  problemsOf(rejectMonthlyFiguresInput.pick({ reason: true }), { reason: values.reason ?? '' });

/** One estate-month as the estate submitted it, read-only, with HQ's decision. */
export function ApprovalDrawer({ target, onClose, onDecided }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const periodLabel = usePeriodLabel();
  const { message } = App.useApp();
  const [rejecting, setRejecting] = useState(false);
  const [{ data, error }, refetch] = useQuery({
    query: MonthlyFormQuery,
    variables: { estateId: target?.estateId ?? '', month: target?.month ?? '' },
    pause: !target,
    requestPolicy: 'network-only',
  });
  const [{ fetching: approving }, approve] = useMutation(ApproveMonthlyFiguresMutation);
  // Another estate-month may still be on screen while this one loads: never show it.
  const loaded = data?.monthlyForm;
  const form =
    loaded && loaded.estateId === target?.estateId && loaded.month === target?.month ? loaded : undefined;
  const waiting = form?.items.some((i) => i.figure?.state === 'SUBMITTED') ?? false;

  const doApprove = async () => {
    if (!target) return;
    const result = await approve({ input: { estateId: target.estateId, month: target.month } });
    if (result.error) {
      message.error(errorText(result.error));
      return;
    }
    message.success(t('approvals.approvedMsg', { name: target.estateName }));
    onDecided();
  };

  const actions = waiting ? (
    <Flex gap={8} justify={mobile ? 'stretch' : undefined}>
      <Button
        danger
        icon={<CloseOutlined />}
        onClick={() => setRejecting(true)}
        style={mobile ? { flex: 1 } : undefined}
      >
        {t('approvals.reject')}
      </Button>
      <Popconfirm
        title={t('approvals.approveConfirm')}
        description={t('approvals.approveHint')}
        // The button sits at the top of the drawer: opened below it, the popover never flips.
        placement="bottomRight"
        onConfirm={doApprove}
        okText={t('approvals.approve')}
      >
        <Button
          type="primary"
          icon={<CheckOutlined />}
          loading={approving}
          style={mobile ? { flex: 1 } : undefined}
        >
          {t('approvals.approve')}
        </Button>
      </Popconfirm>
    </Flex>
  ) : null;

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={mobile ? '100%' : 1040}
      destroyOnHidden
      title={
        target
          ? t('approvals.drawerTitle', { name: target.estateName, month: periodLabel(target.month) })
          : null
      }
      extra={mobile ? null : actions}
      footer={mobile && actions ? actions : null}
    >
      {error ? (
        <QueryError
          error={error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
          marginBottom={0}
        />
      ) : !form ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : form ? (
        <>
          {!waiting ? (
            <Alert type="info" showIcon title={t('approvals.nothingWaiting')} style={{ marginBottom: 12 }} />
          ) : null}
          <MonthlyFormEditor data={form} canEdit={false} canSubmit={false} />
        </>
      ) : null}
      {rejecting && target ? (
        <RejectModal
          target={target}
          onClose={() => setRejecting(false)}
          onDone={() => {
            setRejecting(false);
            onDecided();
          }}
        />
      ) : null}
    </Drawer>
  );
}
