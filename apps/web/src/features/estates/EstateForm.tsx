import {
  ESTATE_STATUS_LABELS,
  ESTATE_STATUSES,
  ESTATE_TYPE_LABELS,
  ESTATE_TYPES,
  type EstateFields,
  validateEstateFields,
} from '@anju/domain';
import {
  Alert,
  Button,
  Col,
  DatePicker,
  Divider,
  Form,
  type FormInstance,
  type FormRule,
  Input,
  InputNumber,
  Row,
  Select,
} from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorCode, fieldProblems } from '../../shared/errors';
import { applyProblems, showServerProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { useLabel } from '../../shared/useLabel';
import { ESTATE_FORM_FIELDS, type EstateFormValues, toEstateFields } from './estateForm';

export const ESTATE_FORM_ID = 'estate-form';

interface Props {
  form: FormInstance<EstateFormValues>;
  initialValues: EstateFormValues;
  regions: readonly { id: string; name: string }[];
  /** Create requires name, code and type; update sends what the form holds. */
  creating: boolean;
  /** Resolves with the API error, or undefined on success. */
  onSubmit(fields: EstateFields): Promise<CombinedError | undefined>;
  /** Offered when the save hit a stale version (CONFLICT). */
  onReload?(): void;
}

/**
 * The estate form. The same rules run twice: `validateEstateFields` from @anju/domain before the
 * request, and the API's BAD_USER_INPUT `fields` after it, both shown on the field they concern and
 * both put into words by reason and params in the current language (never the domain's Chinese).
 */
export function EstateForm({ form, initialValues, regions, creating, onSubmit, onReload }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const problemText = useProblemText(
    useMemo(
      () => ({
        name: t('estates.fields.name'),
        code: t('estates.fields.code'),
        type: t('estates.fields.type'),
        status: t('estates.fields.status'),
        regionId: t('estates.fields.region'),
        address: t('estates.fields.address'),
        grossFloorArea: t('estates.fields.grossFloorArea'),
        feeRate: t('estates.fields.feeRate'),
        households: t('estates.fields.households'),
        buildings: t('estates.fields.buildings'),
        contractStart: t('estates.fields.contractStart'),
        contractEnd: t('estates.fields.contractEnd'),
      }),
      [t],
    ),
  );
  const errorText = useErrorText();
  const [failure, setFailure] = useState<{ text: string; conflict: boolean } | null>(null);

  // Every field runs the shared domain rules on change: a wrong number shows its error at once
  // (instead of being clamped or rounded by the input), and a fixed field loses its error —
  // including one the server put there.
  const rules = useCallback(
    (field: (typeof ESTATE_FORM_FIELDS)[number]): FormRule[] => [
      {
        validator: async () => {
          const values = form.getFieldsValue(true) as EstateFormValues;
          const problem = validateEstateFields(toEstateFields(values), creating).find(
            (p) => p.path[0] === field,
          );
          if (problem) throw new Error(problemText(problem));
        },
      },
    ],
    [form, creating, problemText],
  );

  const onFinish = async (values: EstateFormValues) => {
    setFailure(null);
    const fields = toEstateFields(values);
    const local = validateEstateFields(fields, creating);
    if (local.length > 0) {
      applyProblems(form, local, ESTATE_FORM_FIELDS, problemText);
      return;
    }
    const error = await onSubmit(fields);
    if (!error) return;
    const text = showServerProblems(form, error, ESTATE_FORM_FIELDS, problemText, errorText);
    // A CONFLICT without fields means someone saved a newer version: offer to reload it.
    if (text)
      setFailure({ text, conflict: errorCode(error) === 'CONFLICT' && fieldProblems(error).length === 0 });
  };

  const half = { xs: 24, sm: 12 };
  const sectionStyle = { marginTop: 4, marginBottom: 16, fontSize: 13 };
  return (
    <Form<EstateFormValues>
      id={ESTATE_FORM_ID}
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError
    >
      {failure ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={failure.conflict ? t('estates.conflictTitle') : failure.text}
          description={failure.conflict ? t('estates.conflictText') : undefined}
          action={
            failure.conflict && onReload ? (
              <Button size="small" onClick={onReload}>
                {t('common.reload')}
              </Button>
            ) : undefined
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Divider titlePlacement="start" style={sectionStyle}>
        {t('estates.sections.basic')}
      </Divider>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="name" rules={rules('name')} label={t('estates.fields.name')} required>
            <Input placeholder={t('estates.placeholders.name')} maxLength={60} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="code" rules={rules('code')} label={t('estates.fields.code')} required>
            <Input placeholder={t('estates.placeholders.code')} maxLength={32} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="type" rules={rules('type')} label={t('estates.fields.type')} required>
            <Select options={ESTATE_TYPES.map((v) => ({ value: v, label: label(ESTATE_TYPE_LABELS[v]) }))} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="status" rules={rules('status')} label={t('estates.fields.status')}>
            <Select
              options={ESTATE_STATUSES.map((v) => ({ value: v, label: label(ESTATE_STATUS_LABELS[v]) }))}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="regionId" rules={rules('regionId')} label={t('estates.fields.region')}>
            <Select
              allowClear
              placeholder={t('estates.placeholders.region')}
              options={regions.map((r) => ({ value: r.id, label: r.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="address" rules={rules('address')} label={t('estates.fields.address')}>
            <Input placeholder={t('estates.placeholders.address')} maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" style={sectionStyle}>
        {t('estates.sections.scale')}
      </Divider>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item
            name="grossFloorArea"
            rules={rules('grossFloorArea')}
            label={t('estates.fields.grossFloorArea')}
          >
            <InputNumber step={100} style={{ width: '100%' }} suffix={t('estates.units.m2')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="feeRate" rules={rules('feeRate')} label={t('estates.fields.feeRate')}>
            <InputNumber
              step={0.1}
              precision={2}
              style={{ width: '100%' }}
              suffix={t('estates.units.feeRate')}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="households" rules={rules('households')} label={t('estates.fields.households')}>
            <InputNumber style={{ width: '100%' }} suffix={t('estates.units.households')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="buildings" rules={rules('buildings')} label={t('estates.fields.buildings')}>
            <InputNumber style={{ width: '100%' }} suffix={t('estates.units.buildings')} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" style={sectionStyle}>
        {t('estates.sections.contract')}
      </Divider>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item
            name="contractStart"
            rules={rules('contractStart')}
            label={t('estates.fields.contractStart')}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="contractEnd"
            rules={rules('contractEnd')}
            dependencies={['contractStart']}
            label={t('estates.fields.contractEnd')}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
