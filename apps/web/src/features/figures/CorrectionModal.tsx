import { correctMonthlyFigureInput, problemsOf } from '@anju/domain';
import { Alert, App, Form, type FormRule, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { showServerProblems } from '../../shared/formProblems';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { type FormItem, type LineValues, lineProblems } from './figureForm';
import { CorrectMonthlyFigureMutation } from './figures.graphql';

interface Props {
  estateId: string;
  month: string;
  item: FormItem;
  onClose(): void;
}

interface Values {
  numerator?: number | null;
  denominator?: number | null;
  reason?: string;
}

const FIELDS = ['numerator', 'denominator', 'reason'] as const;

/** A correction of an approved figure: new numbers and a reason, kept as a new revision. */
export function CorrectionModal({ estateId, month, item, onClose }: Props) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const ind = item.indicator;
  const numeratorLabel = text.numeratorLabel(ind);
  const denominatorLabel = text.denominatorLabel(ind) ?? '';
  const problemText = useProblemText({
    numerator: numeratorLabel,
    denominator: denominatorLabel,
    reason: t('figures.correctReason'),
  });
  const [form] = Form.useForm<Values>();
  const [{ fetching }, correct] = useMutation(CorrectMonthlyFigureMutation);
  const [general, setGeneral] = useState<string | null>(null);
  // The same domain rules as the monthly form (negatives, decimals in a count, share above 100%).
  const rule = (field: 'numerator' | 'denominator'): FormRule => ({
    validator: async () => {
      const p = lineProblems(ind, form.getFieldsValue(['numerator', 'denominator']) as LineValues).find(
        (x) => x.field === field,
      );
      if (p)
        throw new Error(
          problemText({ path: [field], ...p }, undefined, {
            denominator: denominatorLabel || t('errors.denominator'),
          }),
        );
    },
  });
  const approved = item.effective ?? item.figure;

  const submit = async (values: Values) => {
    setGeneral(null);
    const result = await correct({
      input: {
        estateId,
        month,
        indicatorCode: ind.code,
        numerator: values.numerator!,
        denominator: ind.unit === 'PERCENT' ? (values.denominator ?? null) : null,
        reason: values.reason?.trim() ?? '',
        // The revision on screen: if someone corrected it meanwhile, the API says so (CONFLICT).
        revision: approved?.revision ?? null,
      },
    });
    if (result.error) {
      setGeneral(showServerProblems(form, result.error, FIELDS, problemText, errorText));
      return;
    }
    message.success(t('figures.correctedMsg', { name: text.name(ind) }));
    onClose();
  };

  return (
    <Modal
      open
      title={t('figures.correctTitle', { name: text.name(ind) })}
      okText={t('figures.correctOk')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('figures.correctHint', {
          value: text.value(approved?.value, ind.unit),
          revision: approved?.revision ?? 1,
        })}
      </Typography.Paragraph>
      {general ? <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ numerator: approved?.numerator, denominator: approved?.denominator }}
      >
        <Form.Item
          name="numerator"
          label={numeratorLabel}
          rules={[
            { required: true, message: t('figures.required', { label: numeratorLabel }) },
            rule('numerator'),
          ]}
          dependencies={['denominator']}
        >
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
        {ind.unit === 'PERCENT' ? (
          <Form.Item
            name="denominator"
            label={denominatorLabel}
            rules={[
              { required: true, message: t('figures.required', { label: denominatorLabel }) },
              rule('denominator'),
            ]}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={t('figures.correctReason')}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                const p = problemsOf(correctMonthlyFigureInput.pick({ reason: true }), {
                  reason: value ?? '',
                })[0];
                if (p) throw new Error(problemText(p));
              },
            },
          ]}
          required
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={t('figures.correctReasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
