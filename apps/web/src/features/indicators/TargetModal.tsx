import {
  Alert,
  App,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { IndicatorFieldsFragment, TargetOp } from '../../gql/graphql';
import { showServerProblems } from '../../shared/formProblems';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { SetIndicatorTargetMutation } from './indicators.graphql';

export const TARGET_OPS: readonly TargetOp[] = ['AT_LEAST', 'MORE_THAN', 'AT_MOST', 'LESS_THAN', 'EQUALS'];

interface Props {
  indicator: IndicatorFieldsFragment;
  /** Null for the company-wide target. */
  estate: { id: string; name: string } | null;
  current: { op: TargetOp; value: number } | null;
  currentMonth: string;
  onClose(): void;
}

interface Values {
  remove: boolean;
  op?: TargetOp;
  value?: number | null;
  effectiveMonth: Dayjs;
  reason?: string;
}

const FIELDS = ['op', 'value', 'effectiveMonth', 'reason'] as const;

/** Sets (or removes) a target from a month on, company-wide or for one estate, with a reason. */
export function TargetModal({ indicator, estate, current, currentMonth, onClose }: Props) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const problemText = useProblemText({
    op: t('indicators.target.op'),
    value: t('indicators.target.value'),
    effectiveMonth: t('indicators.fromMonth'),
    reason: t('indicators.target.reason'),
  });
  const [form] = Form.useForm<Values>();
  const remove = Form.useWatch('remove', form);
  const [{ fetching }, setTarget] = useMutation(SetIndicatorTargetMutation);
  const [general, setGeneral] = useState<string | null>(null);
  const percent = indicator.unit === 'PERCENT';

  const submit = async (v: Values) => {
    setGeneral(null);
    const result = await setTarget({
      input: {
        indicatorCode: indicator.code,
        estateId: estate?.id ?? null,
        op: v.remove ? null : v.op,
        value: v.remove ? null : v.value,
        effectiveMonth: v.effectiveMonth.format('YYYY-MM'),
        reason: v.reason?.trim() || null,
      },
    });
    if (result.error) {
      setGeneral(showServerProblems(form, result.error, FIELDS, problemText, errorText));
      return;
    }
    message.success(t('indicators.target.savedMsg', { name: text.name(indicator) }));
    onClose();
  };

  return (
    <Modal
      open
      title={t(estate ? 'indicators.target.titleEstate' : 'indicators.target.titleCompany', {
        name: text.name(indicator),
        estate: estate?.name ?? '',
      })}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('indicators.target.hint')}
      </Typography.Paragraph>
      {general ? <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          remove: false,
          op: current?.op ?? (indicator.direction === 'AT_LEAST' ? 'AT_LEAST' : 'AT_MOST'),
          value: current?.value ?? null,
          effectiveMonth: dayjs(`${currentMonth}-01`),
        }}
      >
        <Form.Item name="remove" valuePropName="checked">
          <Checkbox>{t('indicators.target.remove')}</Checkbox>
        </Form.Item>
        {!remove ? (
          <Flex gap={12}>
            <Form.Item
              name="op"
              label={t('indicators.target.op')}
              style={{ width: 140 }}
              rules={[{ required: true, message: t('indicators.target.opRequired') }]}
            >
              <Select options={TARGET_OPS.map((op) => ({ value: op, label: t(`indicators.ops.${op}`) }))} />
            </Form.Item>
            <Form.Item
              name="value"
              label={t('indicators.target.value')}
              style={{ flex: 1 }}
              rules={[{ required: true, message: t('indicators.target.valueRequired') }]}
            >
              <InputNumber min={0} suffix={percent ? '%' : undefined} style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
        ) : null}
        <Form.Item
          name="effectiveMonth"
          label={t('indicators.fromMonth')}
          rules={[{ required: true, message: t('indicators.monthRequired') }]}
          extra={t('indicators.target.fromHint')}
        >
          <DatePicker
            picker="month"
            allowClear={false}
            disabledDate={(d) => d.format('YYYY-MM') < currentMonth}
            format={t('figures.monthFormat')}
            style={{ width: 180 }}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('indicators.target.reason')}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
