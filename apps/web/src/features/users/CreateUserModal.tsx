import { createUserInput, type FieldProblem, problemsOf } from '@anju/domain';
import { Alert, App, Col, Divider, Form, Input, Modal, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useDomainRule } from '../../shared/domainRule';
import { newIdempotencyKey } from '../../shared/format';
import { applyProblems, showServerProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { MembershipFields } from './MembershipFields';
import {
  type MembershipFormValue,
  toMembershipInputs,
  type UserRow,
  validateMemberships,
} from './memberships';
import { CreateUserMutation } from './users.graphql';

interface Values {
  email: string;
  name: string;
  phone?: string;
  password?: string;
  memberships?: MembershipFormValue[];
}

/** The account fields checked by the domain's createUser schema (blank phone and password: none). */
const checkUser = (values: Partial<Values>): FieldProblem[] =>
  problemsOf(createUserInput, {
    email: values.email ?? '',
    name: values.name ?? '',
    phone: values.phone?.trim() || null,
    password: values.password || null,
  });

const FIELDS = ['email', 'name', 'phone', 'password', 'memberships'];

interface Props {
  onClose(): void;
  onCreated(user: UserRow, invitationToken: string | null): void;
}

export function CreateUserModal({ onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const problemText = useProblemText({
    email: t('users.fields.email'),
    name: t('users.fields.name'),
    phone: t('users.fields.phone'),
    password: t('users.fields.password'),
    memberships: t('users.fields.memberships'),
    role: t('users.fields.role'),
    estateIds: t('users.fields.estates'),
    regionId: t('users.fields.region'),
  });
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const rule = useDomainRule(form, checkUser, problemText);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, createUser] = useMutation(CreateUserMutation);

  const onFinish = async (values: Values) => {
    setFailure(null);
    const memberships = toMembershipInputs(values.memberships);
    const local = validateMemberships(memberships);
    if (local.length > 0) {
      applyProblems(form, local, FIELDS, problemText);
      return;
    }
    const result = await createUser({
      input: {
        email: values.email.trim(),
        name: values.name.trim(),
        phone: values.phone?.trim() || null,
        password: values.password || null,
        memberships,
        idempotencyKey,
      },
    });
    if (result.data) {
      const { user, invitationToken } = result.data.createUser;
      message.success(t('users.createdMsg', { name: user.name }));
      onCreated(user, invitationToken ?? null);
      return;
    }
    setFailure(showServerProblems(form, result.error, FIELDS, problemText, errorText));
  };

  return (
    <Modal
      open
      title={t('users.create')}
      width={mobile ? '100%' : 720}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={fetching}
      destroyOnHidden
    >
      {failure ? (
        <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ memberships: [{ role: 'ESTATE_STAFF', estateIds: [] }] }}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="email" label={t('users.fields.email')} rules={rule('email')} required>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={t('users.fields.name')} rules={rule('name')} required>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={t('users.fields.phone')} rules={rule('phone')}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="password"
              label={t('users.fields.password')}
              extra={t('users.fields.passwordHint')}
              rules={rule('password')}
            >
              <Input.Password autoComplete="new-password" placeholder={t('common.optional')} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" style={{ marginTop: 0, fontSize: 13 }}>
          {t('users.fields.memberships')}
        </Divider>
        <MembershipFields />
      </Form>
    </Modal>
  );
}
