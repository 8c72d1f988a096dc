import { Alert, App, Form, Modal } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { applyProblems, showServerProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { MembershipFields } from './MembershipFields';
import {
  fromMemberships,
  type MembershipFormValue,
  toMembershipInputs,
  type UserRow,
  validateMemberships,
} from './memberships';
import { SetMembershipsMutation } from './users.graphql';

interface Values {
  memberships?: MembershipFormValue[];
}

export function MembershipsModal({ user, onClose }: { user: UserRow; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const problemText = useProblemText({
    memberships: t('users.fields.memberships'),
    role: t('users.fields.role'),
    estateIds: t('users.fields.estates'),
    regionId: t('users.fields.region'),
  });
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, setMemberships] = useMutation(SetMembershipsMutation);
  const knownEstates = useMemo(() => user.memberships.flatMap((m) => m.estates), [user]);

  const onFinish = async (values: Values) => {
    setFailure(null);
    const memberships = toMembershipInputs(values.memberships);
    const local = validateMemberships(memberships);
    if (local.length > 0) {
      applyProblems(form, local, ['memberships'], problemText);
      return;
    }
    const result = await setMemberships({ input: { userId: user.id, memberships } });
    if (result.data) {
      message.success(t('users.membershipsSavedMsg', { name: user.name }));
      onClose();
      return;
    }
    setFailure(showServerProblems(form, result.error, ['memberships'], problemText, errorText));
  };

  return (
    <Modal
      open
      title={t('users.membershipsTitle', { name: user.name })}
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
        initialValues={{ memberships: fromMemberships(user.memberships) }}
      >
        <MembershipFields knownEstates={knownEstates} />
      </Form>
    </Modal>
  );
}
