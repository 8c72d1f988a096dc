import {
  CERTIFICATE_KIND_INFO,
  CERTIFICATE_KINDS,
  MAX_PLANNED_HEADCOUNT,
  MAX_POSITION_AGE,
  MIN_HIRING_AGE,
  SHIFT_PATTERN_CODES,
  SHIFT_PATTERNS,
} from '@anju/domain';
import { Alert, App, Button, Drawer, Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { CertificateKind, ShiftPattern } from '../../gql/graphql';
import { errorCode, errorReason, fieldProblems } from '../../shared/errors';
import { applyProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { useLabel } from '../../shared/useLabel';
import { CreatePositionMutation, UpdatePositionMutation } from './positions.graphql';

/** A position as the positions tab reads it (TeamStructure). */
export interface PositionRecord {
  id: string;
  departmentId: string;
  code: string;
  name: string;
  nameEn?: string | null;
  plannedHeadcount: number;
  shiftPattern: ShiftPattern;
  workingHours?: string | null;
  duty?: string | null;
  certificateRequired: boolean;
  certificateKinds: CertificateKind[];
  ageMin?: number | null;
  ageMax?: number | null;
  version: number;
}

interface Values {
  departmentId: string;
  code: string;
  name: string;
  nameEn?: string;
  plannedHeadcount: number;
  shiftPattern: ShiftPattern;
  workingHours?: string;
  duty?: string;
  certificateRequired: boolean;
  certificateKinds?: CertificateKind[];
  ageMin?: number | null;
  ageMax?: number | null;
}

interface Props {
  open: boolean;
  estateId: string;
  departments: readonly { id: string; name: string }[];
  /** Absent: a new position (of `departmentId`, when given). */
  editing?: PositionRecord;
  departmentId?: string;
  onClose(): void;
  onSaved(): void;
  /** After a CONFLICT: reloads the estate's positions (the drawer then shows the latest). */
  onReload(): void;
}

const FORM_FIELDS = [
  'departmentId',
  'code',
  'name',
  'nameEn',
  'plannedHeadcount',
  'shiftPattern',
  'workingHours',
  'duty',
  'certificateRequired',
  'certificateKinds',
  'ageMin',
  'ageMax',
];

const orNull = (v: string | undefined) => v?.trim() || null;

/** Adds a position to a department of the estate, or edits one under its version. */
export function PositionFormDrawer({
  open,
  estateId,
  departments,
  editing,
  departmentId,
  onClose,
  onSaved,
  onReload,
}: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const label = useLabel();
  const errorText = useErrorText();
  const problemText = useProblemText({
    departmentId: t('team.positions.department'),
    code: t('team.positions.code'),
    name: t('team.positions.name'),
    nameEn: t('team.positions.nameEn'),
    plannedHeadcount: t('team.positions.plannedHeadcount'),
    shiftPattern: t('team.positions.shiftPattern'),
    workingHours: t('team.positions.workingHours'),
    duty: t('team.positions.duty'),
    certificateKinds: t('team.positions.certificateKinds'),
    ageMin: t('team.positions.ageMin'),
    ageMax: t('team.positions.ageMax'),
  });
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [createState, create] = useMutation(CreatePositionMutation);
  const [updateState, update] = useMutation(UpdatePositionMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const required = Form.useWatch('certificateRequired', form);

  // A new record (opened, or reloaded after a conflict) fills the form afresh.
  useEffect(() => {
    if (!open) return;
    setFailure(null);
    setStale(false);
    form.resetFields();
    if (editing)
      form.setFieldsValue({
        departmentId: editing.departmentId,
        code: editing.code,
        name: editing.name,
        nameEn: editing.nameEn ?? undefined,
        plannedHeadcount: editing.plannedHeadcount,
        shiftPattern: editing.shiftPattern,
        workingHours: editing.workingHours ?? undefined,
        duty: editing.duty ?? undefined,
        certificateRequired: editing.certificateRequired,
        certificateKinds: editing.certificateKinds,
        ageMin: editing.ageMin ?? null,
        ageMax: editing.ageMax ?? null,
      });
    else
      form.setFieldsValue({
        departmentId,
        plannedHeadcount: 1,
        shiftPattern: 'FIVE_TWO' as ShiftPattern,
        certificateRequired: false,
        certificateKinds: [],
      });
  }, [open, editing, departmentId, form]);

  const submit = async (v: Values) => {
    setFailure(null);
    setStale(false);
    const fields = {
      departmentId: v.departmentId,
      code: v.code.trim(),
      name: v.name,
      nameEn: orNull(v.nameEn),
      plannedHeadcount: v.plannedHeadcount,
      shiftPattern: v.shiftPattern,
      workingHours: orNull(v.workingHours),
      duty: orNull(v.duty),
      certificateRequired: v.certificateRequired,
      certificateKinds: v.certificateRequired ? (v.certificateKinds ?? []) : [],
      ageMin: v.ageMin ?? null,
      ageMax: v.ageMax ?? null,
    };
    const res = editing
      ? await update({ input: { id: editing.id, version: editing.version, ...fields } })
      : await create({ input: { estateId, ...fields } });
    if (res.error || !res.data) {
      // A stale version: said plainly, with a way to the latest.
      if (errorCode(res.error) === 'CONFLICT' && errorReason(res.error) === 'STALE_VERSION') {
        setStale(true);
        return;
      }
      const problems = fieldProblems(res.error).map((p) =>
        p.path[0] === 'input' ? { ...p, path: p.path.slice(1) } : p,
      );
      const unplaced = applyProblems(form, problems, FORM_FIELDS, problemText);
      setFailure(
        unplaced.length
          ? unplaced.map((p) => problemText(p)).join(t('common.listSeparator'))
          : problems.length
            ? null
            : errorText(res.error),
      );
      return;
    }
    message.success(editing ? t('team.positions.saved') : t('team.positions.created'));
    onSaved();
  };

  const requiredRule = [{ required: true, message: t('audits.form.required') }];
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('team.positions.edit') : t('team.positions.add')}
      width={mobile ? '100%' : 520}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          onClick={() => form.submit()}
          loading={createState.fetching || updateState.fetching}
          data-testid="position-save"
        >
          {t('common.save')}
        </Button>
      }
    >
      {stale ? (
        <Alert
          type="warning"
          showIcon
          data-testid="position-conflict"
          title={t('team.positions.conflict')}
          action={
            <Button size="small" onClick={onReload}>
              {t('team.positions.reload')}
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="departmentId" label={t('team.positions.department')} rules={requiredRule}>
          <Select options={departments.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="code"
            label={t('team.positions.code')}
            rules={requiredRule}
            extra={t('team.positions.codeHint')}
            style={{ flex: '1 1 200px' }}
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="plannedHeadcount"
            label={t('team.positions.plannedHeadcount')}
            rules={requiredRule}
            style={{ flex: '0 1 140px' }}
          >
            <InputNumber min={0} max={MAX_PLANNED_HEADCOUNT} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="name"
            label={t('team.positions.name')}
            rules={requiredRule}
            style={{ flex: '1 1 200px' }}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="nameEn" label={t('team.positions.nameEn')} style={{ flex: '1 1 200px' }}>
            <Input maxLength={80} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="shiftPattern"
            label={t('team.positions.shiftPattern')}
            rules={requiredRule}
            style={{ flex: '1 1 200px' }}
          >
            <Select
              options={SHIFT_PATTERN_CODES.map((c) => ({
                value: c,
                label: label({ zh: SHIFT_PATTERNS[c].nameZh, en: SHIFT_PATTERNS[c].nameEn }),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="workingHours"
            label={t('team.positions.workingHours')}
            style={{ flex: '1 1 200px' }}
          >
            <Input maxLength={200} placeholder={t('team.positions.workingHoursPlaceholder')} />
          </Form.Item>
        </Flex>
        <Form.Item name="duty" label={t('team.positions.duty')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item
          name="certificateRequired"
          label={t('team.positions.certificateRequired')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        {required ? (
          <Form.Item
            name="certificateKinds"
            label={t('team.positions.certificateKinds')}
            rules={[{ required: true, type: 'array', min: 1, message: t('audits.form.required') }]}
          >
            <Select
              mode="multiple"
              options={CERTIFICATE_KINDS.map((k) => ({ value: k, label: label(CERTIFICATE_KIND_INFO[k]) }))}
            />
          </Form.Item>
        ) : null}
        <Flex gap={12}>
          <Form.Item name="ageMin" label={t('team.positions.ageMin')} style={{ flex: 1 }}>
            <InputNumber
              min={MIN_HIRING_AGE}
              max={MAX_POSITION_AGE}
              precision={0}
              suffix={t('team.positions.years')}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item name="ageMax" label={t('team.positions.ageMax')} style={{ flex: 1 }}>
            <InputNumber
              min={MIN_HIRING_AGE}
              max={MAX_POSITION_AGE}
              precision={0}
              suffix={t('team.positions.years')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Flex>
      </Form>
    </Drawer>
  );
}
