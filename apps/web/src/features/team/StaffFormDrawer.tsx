import { GENDERS, STAFF_STATUSES } from '@anju/domain';
import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { Gender, StaffStatus } from '../../gql/graphql';
import { fieldProblems } from '../../shared/errors';
import { applyProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { CreateStaffMutation, UpdateStaffMutation } from './staff.graphql';

export interface StaffFormRecord {
  id: string;
  version: number;
  name: string;
  phone?: string | null;
  gender?: Gender | null;
  birthDate?: string | null;
  positionId: string;
  hireDate: string;
  leaveDate?: string | null;
  status: StaffStatus;
  shiftCrew?: string | null;
  note?: string | null;
}

interface Values {
  name: string;
  phone?: string;
  idNumber?: string;
  gender?: Gender;
  birthDate?: Dayjs | null;
  positionId: string;
  hireDate: Dayjs;
  leaveDate?: Dayjs | null;
  status: StaffStatus;
  shiftCrew?: string;
  note?: string;
}

interface Props {
  open: boolean;
  estateId: string;
  positions: readonly { id: string; name: string; nameEn?: string | null }[];
  /** Absent: a new member of staff. */
  editing?: StaffFormRecord;
  onClose(): void;
  onSaved(id: string): void;
}

const FORM_FIELDS = [
  'name',
  'phone',
  'idNumber',
  'gender',
  'birthDate',
  'positionId',
  'hireDate',
  'leaveDate',
  'status',
  'shiftCrew',
  'note',
];

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Adds a member of staff, or edits one (the ID number is only ever sent, never shown here). */
export function StaffFormDrawer({ open, estateId, positions, editing, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const en = !i18n.language.startsWith('zh');
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [createState, create] = useMutation(CreateStaffMutation);
  const [updateState, update] = useMutation(UpdateStaffMutation);
  const problemText = useProblemText();
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing)
      form.setFieldsValue({
        name: editing.name,
        phone: editing.phone ?? undefined,
        gender: editing.gender ?? undefined,
        birthDate: editing.birthDate ? dayjs(editing.birthDate) : null,
        positionId: editing.positionId,
        hireDate: dayjs(editing.hireDate),
        leaveDate: editing.leaveDate ? dayjs(editing.leaveDate) : null,
        status: editing.status,
        shiftCrew: editing.shiftCrew ?? undefined,
        note: editing.note ?? undefined,
      });
    else form.setFieldsValue({ status: 'PROBATION' as StaffStatus, hireDate: dayjs() });
  }, [open, editing, form]);

  const submit = async (v: Values) => {
    setFailure(null);
    const fields = {
      name: v.name,
      phone: v.phone?.trim() || null,
      gender: v.gender ?? null,
      birthDate: day(v.birthDate),
      positionId: v.positionId,
      hireDate: day(v.hireDate)!,
      leaveDate: day(v.leaveDate),
      status: v.status,
      shiftCrew: v.shiftCrew?.trim() || null,
      note: v.note?.trim() || null,
      ...(v.idNumber?.trim() ? { idNumber: v.idNumber.trim() } : {}),
    };
    const res = editing
      ? await update({ input: { id: editing.id, version: editing.version, ...fields } })
      : await create({ input: { estateId, ...fields } });
    if (res.error || !res.data) {
      // Problems name the input's fields (`input.idNumber`): each goes under its form field.
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
    const id = 'updateStaff' in res.data ? res.data.updateStaff.id : res.data.createStaff.id;
    message.success(editing ? t('team.staff.saved') : t('team.staff.created'));
    onSaved(id);
  };

  const required = [{ required: true, message: t('audits.form.required') }];
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('team.staff.edit') : t('team.staff.add')}
      width={mobile ? '100%' : 480}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          onClick={() => form.submit()}
          loading={createState.fetching || updateState.fetching}
        >
          {t('common.save')}
        </Button>
      }
    >
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label={t('team.staff.name')} rules={required}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="positionId" label={t('team.staff.position')} rules={required}>
          <Select
            options={positions.map((p) => ({ value: p.id, label: en && p.nameEn ? p.nameEn : p.name }))}
          />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="status" label={t('team.staff.status')} rules={required} style={{ flex: 1 }}>
            <Select
              options={STAFF_STATUSES.map((s) => ({ value: s, label: t(`team.staff.statuses.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="shiftCrew" label={t('team.staff.crew')} style={{ flex: 1 }}>
            <Input maxLength={4} placeholder="A / B / C" />
          </Form.Item>
        </Flex>
        <Form.Item name="phone" label={t('team.staff.phone')}>
          <Input inputMode="tel" maxLength={20} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('team.staff.idNumber')}
          extra={editing ? t('team.staff.idNumberKeep') : undefined}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="gender" label={t('team.staff.gender')} style={{ flex: 1 }}>
            <Select
              allowClear
              options={GENDERS.map((g) => ({ value: g, label: t(`team.staff.genders.${g}`) }))}
            />
          </Form.Item>
          <Form.Item name="birthDate" label={t('team.staff.birthDate')} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="hireDate" label={t('team.staff.hireDate')} rules={required} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="leaveDate" label={t('team.staff.leaveDate')} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="note" label={t('team.staff.note')}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
