import {
  AGGREGATIONS,
  createIndicatorInput,
  type FieldProblem,
  INDICATOR_DIRECTIONS,
  INDICATOR_UNITS,
  MEASUREMENTS,
  problemsOf,
} from '@anju/domain';
import { Alert, App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { CreateIndicatorInput } from '../../gql/graphql';
import { useDomainRule } from '../../shared/domainRule';
import { errorReason, fieldProblems } from '../../shared/errors';
import { showServerProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { CreateIndicatorMutation } from './indicators.graphql';

const FIELDS = [
  'code',
  'nameZh',
  'nameEn',
  'unit',
  'direction',
  'measurement',
  'aggregation',
  'numeratorLabel',
  'denominatorLabel',
  'descriptionZh',
] as const;

/** The form checked by the domain's createIndicator schema (a count sends no denominator label). */
const checkIndicator = (values: Partial<CreateIndicatorInput>): FieldProblem[] =>
  problemsOf(createIndicatorInput, {
    ...values,
    denominatorLabel: values.unit === 'PERCENT' ? values.denominatorLabel : null,
  });

/** A company's own indicator, with the same fields as the built-in ones. */
export function CreateIndicatorModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const problemText = useProblemText({
    nameZh: t('indicators.create.nameZh'),
    nameEn: t('indicators.create.nameEn'),
    code: t('indicators.create.code'),
    measurement: t('indicators.create.measurement'),
    unit: t('indicators.create.unit'),
    direction: t('indicators.create.direction'),
    aggregation: t('indicators.create.aggregation'),
    numeratorLabel: t('indicators.create.numeratorLabel'),
    denominatorLabel: t('indicators.create.denominatorLabel'),
    descriptionZh: t('indicators.create.descriptionZh'),
  });
  const [form] = Form.useForm<CreateIndicatorInput>();
  const unit = Form.useWatch('unit', form);
  const [{ fetching }, create] = useMutation(CreateIndicatorMutation);
  const [general, setGeneral] = useState<string | null>(null);
  const required = useDomainRule(form, checkIndicator, problemText);

  const submit = async (values: CreateIndicatorInput) => {
    setGeneral(null);
    const input: CreateIndicatorInput = {
      ...values,
      code: values.code.trim(),
      aggregation: values.aggregation ?? null,
      denominatorLabel: values.unit === 'PERCENT' ? values.denominatorLabel : null,
    };
    const result = await create({ input });
    if (result.error) {
      // A taken code comes as a CONFLICT without a field path: it belongs on the code.
      if (errorReason(result.error) === 'TAKEN' && fieldProblems(result.error).length === 0) {
        form.setFields([{ name: 'code', errors: [t('indicators.create.codeTaken')] }]);
        return;
      }
      setGeneral(showServerProblems(form, result.error, FIELDS, problemText, errorText));
      return;
    }
    message.success(t('indicators.create.createdMsg', { name: input.nameZh }));
    onClose();
  };

  return (
    <Modal
      open
      title={t('indicators.create.title')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      {general ? <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} /> : null}
      <Form<CreateIndicatorInput>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ unit: 'PERCENT', direction: 'AT_LEAST', measurement: 'FACILITY_CHECK' }}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="nameZh"
              label={t('indicators.create.nameZh')}
              rules={required('nameZh')}
              required
            >
              <Input maxLength={60} placeholder={t('indicators.create.nameZhPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="nameEn"
              label={t('indicators.create.nameEn')}
              rules={required('nameEn')}
              required
            >
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="code"
              label={t('indicators.create.code')}
              rules={required('code')}
              required
              extra={t('indicators.create.codeHint')}
            >
              <Input maxLength={40} placeholder="elevator_intact" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="measurement" label={t('indicators.create.measurement')}>
              <Select
                options={MEASUREMENTS.map((m) => ({ value: m, label: t(`indicators.measurements.${m}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="unit" label={t('indicators.create.unit')}>
              <Select
                options={INDICATOR_UNITS.map((u) => ({ value: u, label: t(`indicators.units.${u}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="direction" label={t('indicators.create.direction')}>
              <Select
                options={INDICATOR_DIRECTIONS.map((d) => ({
                  value: d,
                  label: t(`indicators.directions.${d}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="aggregation" label={t('indicators.create.aggregation')}>
              <Select
                allowClear
                placeholder={t('indicators.create.aggregationDefault')}
                options={AGGREGATIONS.map((a) => ({ value: a, label: t(`indicators.aggregations.${a}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="numeratorLabel"
              label={t('indicators.create.numeratorLabel')}
              rules={required('numeratorLabel')}
              required
            >
              <Input maxLength={40} placeholder={t('indicators.create.numeratorPlaceholder')} />
            </Form.Item>
          </Col>
          {unit === 'PERCENT' ? (
            <Col xs={24} sm={12}>
              <Form.Item
                name="denominatorLabel"
                label={t('indicators.create.denominatorLabel')}
                rules={required('denominatorLabel')}
                required
              >
                <Input maxLength={40} placeholder={t('indicators.create.denominatorPlaceholder')} />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={24}>
            <Form.Item name="descriptionZh" label={t('indicators.create.descriptionZh')}>
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
