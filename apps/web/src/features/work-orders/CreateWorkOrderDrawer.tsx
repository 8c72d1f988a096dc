import { App, Button, Drawer, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type {
  WorkOrderCategory,
  WorkOrderChannel,
  WorkOrderKind,
  WorkOrderLocationKind,
} from '../../gql/graphql';
import type { FileRef } from '../../shared/files';
import { newIdempotencyKey } from '../../shared/format';
import { showServerProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { PhotoField } from '../rectifications/Photos';
import { CreateWorkOrderMutation } from './workOrders.graphql';

/** The form's photos at most (the API takes nine; a report carries three, as the QR page does). */
export const MAX_REPORT_PHOTOS = 3;

export const CATEGORIES: WorkOrderCategory[] = [
  'PLUMBING_ELECTRICAL',
  'CIVIL',
  'DOORS_WINDOWS',
  'ELEVATOR',
  'PUBLIC_FACILITY',
  'FIRE_SAFETY',
  'DRAINAGE',
  'OTHER',
];
const CHANNELS: WorkOrderChannel[] = ['PHONE', 'FRONT_DESK', 'QR_CODE', 'PATROL'];

interface Values {
  locationKind: WorkOrderLocationKind;
  location: string;
  category: WorkOrderCategory;
  kind: WorkOrderKind;
  channel: WorkOrderChannel;
  reporterName?: string;
  reporterPhone?: string;
  description: string;
  photoFileIds?: Pick<FileRef, 'id' | 'name'>[];
}
const FIELDS = [
  'locationKind',
  'location',
  'category',
  'kind',
  'channel',
  'reporterName',
  'reporterPhone',
  'description',
  'photoFileIds',
];

/** Logs a repair reported by phone, at the desk or found on patrol. */
export function CreateWorkOrderDrawer({
  estateId,
  open,
  onClose,
  onCreated,
}: {
  estateId: string | undefined;
  open: boolean;
  onClose: () => void;
  onCreated: (id: string, number: number) => void;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [key, setKey] = useState(newIdempotencyKey);
  const [{ fetching }, create] = useMutation(CreateWorkOrderMutation);
  const labels = {
    locationKind: t('workOrders.form.locationKind'),
    location: t('workOrders.form.location'),
    category: t('workOrders.form.category'),
    kind: t('workOrders.form.kind'),
    channel: t('workOrders.form.channel'),
    reporterName: t('workOrders.form.reporterName'),
    reporterPhone: t('workOrders.form.reporterPhone'),
    description: t('workOrders.form.description'),
    photoFileIds: t('workOrders.form.photos'),
  };
  const problemText = useProblemText(labels);
  const errorText = useErrorText();
  const locationKind = Form.useWatch('locationKind', form);

  const submit = async (v: Values) => {
    if (!estateId) return;
    const result = await create({
      input: {
        estateId,
        locationKind: v.locationKind,
        location: v.location.trim(),
        category: v.category,
        kind: v.kind,
        channel: v.channel,
        reporterName: v.reporterName?.trim() || null,
        reporterPhone: v.reporterPhone?.trim() || null,
        description: v.description.trim(),
        photoFileIds: (v.photoFileIds ?? []).map((p) => p.id),
        idempotencyKey: key,
      },
    });
    if (result.error) {
      const text = showServerProblems(form, result.error, FIELDS, problemText, errorText);
      if (text) void message.error(text);
      return;
    }
    const created = result.data!.createWorkOrder;
    void message.success(t('workOrders.form.created', { number: created.number }));
    form.resetFields();
    setKey(newIdempotencyKey());
    onCreated(created.id, created.number);
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('workOrders.form.title')}
      width={mobile ? '100%' : 520}
      destroyOnHidden
      footer={
        <Button
          type="primary"
          size="large"
          block
          loading={fetching}
          onClick={() => form.submit()}
          data-testid="create-submit"
        >
          {t('workOrders.form.submit')}
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ locationKind: 'UNIT', kind: 'MINOR', channel: 'PHONE' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="locationKind" label={labels.locationKind}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(['UNIT', 'PUBLIC_AREA'] as const).map((k) => ({
              value: k,
              label: t(`workOrders.locationKind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="location"
          label={labels.location}
          rules={[{ required: true, whitespace: true, message: labels.location }]}
        >
          <Input
            maxLength={100}
            placeholder={t(
              locationKind === 'PUBLIC_AREA'
                ? 'workOrders.form.locationArea'
                : 'workOrders.form.locationUnit',
            )}
          />
        </Form.Item>
        <Form.Item
          name="category"
          label={labels.category}
          rules={[{ required: true, message: labels.category }]}
        >
          <Select
            aria-label={labels.category}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`workOrders.category.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={labels.kind}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(['MINOR', 'URGENT'] as const).map((k) => ({
              value: k,
              label: t(`workOrders.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="channel" label={labels.channel}>
          <Select
            aria-label={labels.channel}
            options={CHANNELS.map((c) => ({ value: c, label: t(`workOrders.channel.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="reporterName" label={labels.reporterName}>
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item name="reporterPhone" label={labels.reporterPhone}>
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="description"
          label={labels.description}
          rules={[{ required: true, whitespace: true, message: labels.description }]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item
          name="photoFileIds"
          label={labels.photoFileIds}
          rules={[
            {
              validator: (_, v?: unknown[]) =>
                (v?.length ?? 0) > MAX_REPORT_PHOTOS
                  ? Promise.reject(new Error(t('workOrders.form.tooManyPhotos')))
                  : Promise.resolve(),
            },
          ]}
        >
          <PhotoField label={labels.photoFileIds} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
