import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { showServerProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { UpdateCompanyMutation } from './companies.graphql';

interface Values {
  name: string;
  timeZone: string;
}

export interface EditableCompany {
  id: string;
  name: string;
  timeZone: string;
}

/** The platform admin renames a company or changes its time zone. */
export function EditCompanyModal({ company, onClose }: { company: EditableCompany; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problemText = useProblemText({ name: t('accounts.name'), timeZone: t('accounts.timeZone') });
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, updateCompany] = useMutation(UpdateCompanyMutation);
  const zones = useMemo(() => {
    const all =
      (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
    return [...new Set([company.timeZone, ...all])].map((z) => ({ value: z, label: z }));
  }, [company.timeZone]);

  const onFinish = async (values: Values) => {
    setFailure(null);
    const result = await updateCompany({
      input: { id: company.id, name: values.name.trim(), timeZone: values.timeZone },
    });
    if (result.data) {
      message.success(t('accounts.saved'));
      onClose();
      return;
    }
    setFailure(showServerProblems(form, result.error, ['name', 'timeZone'], problemText, errorText));
  };

  return (
    <Modal
      open
      title={t('accounts.editTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      destroyOnHidden
    >
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: company.name, timeZone: company.timeZone }}
        onFinish={onFinish}
        disabled={fetching}
      >
        <Form.Item
          name="name"
          label={t('accounts.name')}
          rules={[{ required: true, whitespace: true, message: t('accounts.nameRequired') }, { max: 60 }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="timeZone" label={t('accounts.timeZone')}>
          <Select showSearch options={zones} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
