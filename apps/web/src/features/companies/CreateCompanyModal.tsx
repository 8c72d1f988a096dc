import { Alert, App, Col, Divider, Form, Input, Modal, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { showServerProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { CreateCompanyMutation } from './companies.graphql';

interface Values {
  name: string;
  slug: string;
  admin: { email: string; name: string; password: string };
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export function CreateCompanyModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const problemText = useProblemText({
    name: t('companies.fields.name'),
    slug: t('companies.fields.slug'),
    'admin.email': t('companies.fields.adminEmail'),
    'admin.name': t('companies.fields.adminName'),
    'admin.password': t('companies.fields.adminPassword'),
  });
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, createCompany] = useMutation(CreateCompanyMutation);

  const onFinish = async (values: Values) => {
    setFailure(null);
    const result = await createCompany({
      input: {
        name: values.name.trim(),
        slug: values.slug.trim(),
        admin: {
          email: values.admin.email.trim(),
          name: values.admin.name.trim(),
          password: values.admin.password,
        },
      },
    });
    if (result.data) {
      message.success(t('companies.createdMsg', { name: result.data.createCompany.name }));
      onClose();
      return;
    }
    setFailure(showServerProblems(form, result.error, ['name', 'slug', 'admin'], problemText, errorText));
  };

  return (
    <Modal
      open
      title={t('companies.create')}
      width={mobile ? '100%' : 640}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={fetching}
      destroyOnHidden
    >
      {failure ? (
        <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="name"
              label={t('companies.fields.name')}
              rules={[{ required: true, whitespace: true, message: t('companies.validation.nameRequired') }]}
            >
              <Input placeholder={t('companies.fields.namePlaceholder')} maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="slug"
              label={t('companies.fields.slug')}
              extra={t('companies.fields.slugHint')}
              rules={[
                { required: true, message: t('companies.validation.slugRequired') },
                { pattern: SLUG, message: t('companies.validation.slugInvalid') },
              ]}
            >
              <Input placeholder="anju" maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" style={{ marginTop: 0, fontSize: 13 }}>
          {t('companies.fields.admin')}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name={['admin', 'email']}
              label={t('companies.fields.adminEmail')}
              rules={[
                { required: true, message: t('users.validation.emailRequired') },
                { type: 'email', message: t('users.validation.emailInvalid') },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name={['admin', 'name']}
              label={t('companies.fields.adminName')}
              rules={[{ required: true, whitespace: true, message: t('users.validation.nameRequired') }]}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name={['admin', 'password']}
              label={t('companies.fields.adminPassword')}
              rules={[
                { required: true, message: t('login.passwordRequired') },
                { min: 8, message: t('companies.validation.passwordShort') },
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
