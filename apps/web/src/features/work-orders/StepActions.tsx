import { App, Button, type ButtonProps, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import type { WorkOrderStep } from '../../gql/graphql';
import type { FileRef } from '../../shared/files';
import { showServerProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { PhotoField } from '../rectifications/Photos';
import type { Card } from './model';
import {
  ArriveWorkOrderMutation,
  CallbackWorkOrderMutation,
  CloseWorkOrderMutation,
  CompleteWorkOrderMutation,
  DispatchWorkOrderMutation,
  WorkOrderQuery,
} from './workOrders.graphql';

type Order = Pick<Card, 'id' | 'version' | 'status' | 'nextSteps' | 'number'>;

interface StepValues {
  assigneeUserId?: string;
  note?: string;
  quality?: 'PASSED' | 'FAILED' | 'LATER';
  photoFileIds?: Pick<FileRef, 'id' | 'name'>[];
  satisfaction?: 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED';
}

const FIELDS = ['assigneeUserId', 'note', 'qualityPassed', 'photoFileIds', 'satisfaction'];
const qualityOf = (q: StepValues['quality']) => (q === 'PASSED' ? true : q === 'FAILED' ? false : null);

/** Step buttons' label: dispatching an order already dispatched hands it over. */
export function useStepLabel() {
  const { t } = useTranslation();
  return (step: WorkOrderStep, status: Card['status']) =>
    t(`workOrders.steps.${step === 'DISPATCH' && status === 'DISPATCHED' ? 'REDISPATCH' : step}`);
}

/** Who the order may go to: read when the dispatch form opens (only those who may dispatch see it). */
function AssigneeSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({
    query: WorkOrderQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  return (
    <Select
      value={value}
      onChange={onChange}
      loading={fetching}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('workOrders.stepForm.assigneePlaceholder')}
      aria-label={t('workOrders.stepForm.assignee')}
      options={(data?.workOrder.assignableUsers ?? []).map((u) => ({ value: u.id, label: u.name }))}
      size="large"
    />
  );
}

/**
 * The steps the caller may take on the order now (the API answers them per order from the
 * caller's ability and the status): big buttons, each opening its short form.
 */
export function StepActions({
  order,
  onDone,
  block,
  size = 'large',
}: {
  order: Order;
  onDone?: () => void;
  /** Full-width buttons (a phone card). */
  block?: boolean;
  size?: 'middle' | 'large';
}) {
  const { t } = useTranslation();
  const stepLabel = useStepLabel();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [open, setOpen] = useState<WorkOrderStep | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<StepValues>();
  const labels = {
    assigneeUserId: t('workOrders.stepForm.assignee'),
    note: t('workOrders.stepForm.note'),
    photoFileIds: t('workOrders.stepForm.photos'),
    satisfaction: t('workOrders.stepForm.satisfaction'),
  };
  const problemText = useProblemText(labels);
  const [, dispatch] = useMutation(DispatchWorkOrderMutation);
  const [, arrive] = useMutation(ArriveWorkOrderMutation);
  const [, complete] = useMutation(CompleteWorkOrderMutation);
  const [, callback] = useMutation(CallbackWorkOrderMutation);
  const [, close] = useMutation(CloseWorkOrderMutation);

  if (order.nextSteps.length === 0) return null;

  const submit = async (v: StepValues) => {
    if (!open) return;
    const base = { id: order.id, version: order.version };
    const note = v.note?.trim() || null;
    setBusy(true);
    let result: { error?: CombinedError };
    switch (open) {
      case 'DISPATCH':
        result = await dispatch({ input: { ...base, assigneeUserId: v.assigneeUserId ?? '' } });
        break;
      case 'ARRIVE':
        result = await arrive({ input: { ...base, note } });
        break;
      case 'COMPLETE':
        result = await complete({
          input: {
            ...base,
            note,
            qualityPassed: qualityOf(v.quality),
            photoFileIds: (v.photoFileIds ?? []).map((p) => p.id),
          },
        });
        break;
      case 'CALLBACK':
        result = await callback({ input: { ...base, note, satisfaction: v.satisfaction! } });
        break;
      case 'CLOSE':
        result = await close({ input: { ...base, note, qualityPassed: qualityOf(v.quality) } });
        break;
    }
    setBusy(false);
    if (result.error) {
      const text = showServerProblems(form, result.error, FIELDS, problemText, errorText);
      if (text) void message.error(text);
      return;
    }
    void message.success(t('workOrders.stepForm.done', { step: stepLabel(open, order.status) }));
    setOpen(null);
    form.resetFields();
    onDone?.();
  };

  const title = open
    ? `${stepLabel(open, order.status)} · ${t('workOrders.number', { number: order.number })}`
    : '';
  return (
    <>
      <Flex gap={8} wrap style={block ? { width: '100%' } : undefined}>
        {order.nextSteps.map((step, i) => (
          <Button
            key={step}
            type={i === 0 ? 'primary' : 'default'}
            size={size}
            block={block}
            autoInsertSpace={false}
            style={block ? { flex: 1, minHeight: 48 } : { minHeight: size === 'large' ? 44 : undefined }}
            onClick={(e) => {
              e.stopPropagation();
              form.resetFields();
              setOpen(step);
            }}
            data-testid={`step-${step}`}
          >
            {stepLabel(step, order.status)}
          </Button>
        ))}
      </Flex>
      <Modal
        open={open != null}
        title={title}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        okText={open ? stepLabel(open, order.status) : undefined}
        okButtonProps={{ loading: busy, size: 'large', 'data-testid': 'step-submit' } as ButtonProps}
        cancelButtonProps={{ size: 'large' }}
        destroyOnHidden
        centered
      >
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          {open === 'DISPATCH' ? (
            <Form.Item
              name="assigneeUserId"
              label={t('workOrders.stepForm.assignee')}
              rules={[{ required: true, message: t('workOrders.stepForm.assigneePlaceholder') }]}
            >
              <AssigneeSelect id={order.id} />
            </Form.Item>
          ) : null}
          {open === 'COMPLETE' || open === 'CLOSE' ? (
            <Form.Item name="quality" label={t('workOrders.stepForm.quality')} initialValue="LATER">
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                size="large"
                options={[
                  { value: 'PASSED', label: t('workOrders.stepForm.qualityPassed') },
                  { value: 'FAILED', label: t('workOrders.stepForm.qualityFailed') },
                  { value: 'LATER', label: t('workOrders.stepForm.qualityLater') },
                ]}
              />
            </Form.Item>
          ) : null}
          {open === 'CALLBACK' ? (
            <Form.Item
              name="satisfaction"
              label={t('workOrders.stepForm.satisfaction')}
              rules={[{ required: true, message: t('workOrders.stepForm.satisfaction') }]}
            >
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                size="large"
                options={(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const).map((s) => ({
                  value: s,
                  label: t(`workOrders.satisfaction.${s}`),
                }))}
              />
            </Form.Item>
          ) : null}
          {open === 'COMPLETE' ? (
            <Form.Item name="photoFileIds" label={t('workOrders.stepForm.photos')}>
              <PhotoField label={t('workOrders.stepForm.photos')} />
            </Form.Item>
          ) : null}
          {open && open !== 'DISPATCH' ? (
            <Form.Item
              name="note"
              label={t(
                open === 'COMPLETE'
                  ? 'workOrders.stepForm.completionNote'
                  : open === 'CALLBACK'
                    ? 'workOrders.stepForm.callbackNote'
                    : open === 'CLOSE'
                      ? 'workOrders.stepForm.closeNote'
                      : 'workOrders.stepForm.note',
              )}
            >
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </>
  );
}
