import { Alert, Button, DatePicker, Drawer, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { AuditKind } from '../../gql/graphql';
import { EstatePicker } from '../../shared/EstatePicker';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { canPlanHq } from './access';
import { AuditorOptionsQuery, PlanAuditMutation } from './audits.graphql';
import { useTemplateChoices } from './templateChoices';

const HQ_KINDS = ['SPOT_CHECK', 'NIGHT_PATROL', 'QUARTERLY'] as AuditKind[];
const ESTATE_KINDS = ['SELF_CHECK', 'SEMI_MONTHLY', 'MONTHLY'] as AuditKind[];

interface Values {
  estateId: string;
  kind: AuditKind;
  templateVersionId: string;
  plannedAt: Dayjs;
  dueAt: Dayjs;
  auditorUserIds: string[];
  title?: string;
}

/** One audit planned by hand: a spot check or night patrol (HQ), or a one-off estate check. */
export function PlanAuditDrawer({
  open,
  onClose,
  onPlanned,
}: {
  open: boolean;
  onClose(): void;
  onPlanned(id: string): void;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const { ability, company, me } = useSession();
  const hq = company ? canPlanHq(ability, company.id) : false;
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const { choices, unavailable } = useTemplateChoices();
  const [auditors] = useQuery({ query: AuditorOptionsQuery, pause: !open || !hq });
  const [state, plan] = useMutation(PlanAuditMutation);
  const kinds = hq ? [...HQ_KINDS, ...ESTATE_KINDS] : ESTATE_KINDS;

  useEffect(() => {
    if (open) form.setFieldsValue({ kind: kinds[0], auditorUserIds: hq ? [] : [me.id] });
  }, [open, form, hq, me.id, kinds[0]]);

  const submit = async (v: Values) => {
    const res = await plan({
      input: {
        estateId: v.estateId,
        kind: v.kind,
        templateVersionId: v.templateVersionId,
        plannedAt: v.plannedAt.toISOString(),
        dueAt: v.dueAt.toISOString(),
        auditorUserIds: v.auditorUserIds,
        title: v.title?.trim() || null,
      },
    });
    if (res.data) {
      form.resetFields();
      onPlanned(res.data.planAudit.id);
    }
  };
  const required = [{ required: true, message: t('audits.form.required') }];
  const auditorOptions = [
    ...(auditors.data?.users.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []),
    ...(auditors.data?.users.edges.some((e) => e.node.id === me.id)
      ? []
      : [{ value: me.id, label: me.name }]),
  ];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('audits.form.planTitle')}
      size={mobile ? '100%' : 520}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {kind === 'SPOT_CHECK' || kind === 'NIGHT_PATROL' ? (
          <Alert type="info" showIcon title={t('audits.form.secretHint')} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="kind" label={t('audits.form.kind')} rules={required}>
          <Select options={kinds.map((k) => ({ value: k, label: t(`audits.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="estateId" label={t('audits.form.estate')} rules={required}>
          <EstatePicker onChange={(id) => form.setFieldValue('estateId', id)} />
        </Form.Item>
        <Form.Item name="templateVersionId" label={t('audits.form.template')} rules={required}>
          <Select
            notFoundContent={t('audits.form.templatesUnavailable')}
            status={unavailable ? 'warning' : undefined}
            options={choices.map((c) => ({
              value: c.versions[0]!.id,
              label: t('audits.form.templateVersion', {
                name: c.name,
                number: c.versions[0]!.number,
                count: c.versions[0]!.itemCount,
              }),
            }))}
          />
        </Form.Item>
        <Form.Item name="plannedAt" label={t('audits.form.plannedAt')} rules={required}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="dueAt" label={t('audits.form.dueAt')} rules={required}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="auditorUserIds" label={t('audits.form.auditors')} rules={required}>
          <Select mode="multiple" options={auditorOptions} disabled={!hq} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="title" label={t('audits.form.title')}>
          <Input maxLength={100} />
        </Form.Item>
        {state.error ? (
          <Alert type="error" showIcon title={errorText(state.error)} style={{ marginBottom: 12 }} />
        ) : null}
        <Button type="primary" htmlType="submit" loading={state.fetching} block size="large">
          {t('audits.form.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
