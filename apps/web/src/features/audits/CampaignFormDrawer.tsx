import { Alert, Button, DatePicker, Drawer, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { AuditKind } from '../../gql/graphql';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import {
  AuditorOptionsQuery,
  CampaignEstateOptionsQuery,
  CreateAuditCampaignMutation,
} from './audits.graphql';
import { useTemplateChoices } from './templateChoices';

const KINDS = ['QUARTERLY', 'SPOT_CHECK', 'NIGHT_PATROL'] as AuditKind[];

interface Values {
  name: string;
  kind: AuditKind;
  quarter?: string;
  templateVersionId: string;
  dates: [Dayjs, Dayjs];
  estateIds: string[];
  auditorUserIds: string[];
}

/** A campaign: one audit per chosen estate, all with the chosen auditors, template version and dates. */
export function CampaignFormDrawer({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose(): void;
  onCreated(): void;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const { choices } = useTemplateChoices();
  const [estates] = useQuery({ query: CampaignEstateOptionsQuery, pause: !open });
  const [auditors] = useQuery({ query: AuditorOptionsQuery, pause: !open });
  const [state, create] = useMutation(CreateAuditCampaignMutation);
  const required = [{ required: true, message: t('audits.form.required') }];

  const submit = async (v: Values) => {
    const res = await create({
      input: {
        name: v.name.trim(),
        kind: v.kind,
        quarter: v.kind === 'QUARTERLY' && v.quarter ? v.quarter.trim() : null,
        templateVersionId: v.templateVersionId,
        startsOn: v.dates[0].format('YYYY-MM-DD'),
        dueOn: v.dates[1].format('YYYY-MM-DD'),
        estates: v.estateIds.map((estateId) => ({ estateId, auditorUserIds: v.auditorUserIds })),
      },
    });
    if (res.data) {
      form.resetFields();
      onCreated();
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('audits.form.campaignTitle')}
      size={mobile ? '100%' : 560}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ kind: 'QUARTERLY' }}
      >
        <Form.Item name="name" label={t('audits.form.name')} rules={required}>
          <Input maxLength={100} placeholder={t('audits.form.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="kind" label={t('audits.form.kind')} rules={required}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`audits.kinds.${k}`) }))} />
        </Form.Item>
        {kind === 'QUARTERLY' ? (
          <Form.Item
            name="quarter"
            label={t('audits.form.quarter')}
            rules={[{ pattern: /^\d{4}-Q[1-4]$/, message: t('audits.form.quarterPlaceholder') }]}
          >
            <Input placeholder={t('audits.form.quarterPlaceholder')} maxLength={7} />
          </Form.Item>
        ) : (
          <Alert type="info" showIcon title={t('audits.form.secretHint')} style={{ marginBottom: 12 }} />
        )}
        <Form.Item name="templateVersionId" label={t('audits.form.template')} rules={required}>
          <Select
            notFoundContent={t('audits.form.templatesUnavailable')}
            options={choices.flatMap((c) =>
              c.versions.map((v) => ({
                value: v.id,
                label: t('audits.form.templateVersion', {
                  name: c.name,
                  number: v.number,
                  count: v.itemCount,
                }),
              })),
            )}
          />
        </Form.Item>
        <Form.Item name="dates" label={t('audits.form.dates')} rules={required}>
          {mobile ? (
            <DatePicker.RangePicker style={{ width: '100%' }} inputReadOnly />
          ) : (
            <DatePicker.RangePicker style={{ width: '100%' }} />
          )}
        </Form.Item>
        <Form.Item name="estateIds" label={t('audits.form.estates')} rules={required}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={estates.fetching}
            options={estates.data?.estates.edges.map((e) => ({
              value: e.node.id,
              label: t('common.nameWithCode', { name: e.node.name, code: e.node.code }),
            }))}
          />
        </Form.Item>
        <Form.Item name="auditorUserIds" label={t('audits.form.auditors')} rules={required}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={auditors.fetching}
            options={auditors.data?.users.edges.map((e) => ({ value: e.node.id, label: e.node.name }))}
          />
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
