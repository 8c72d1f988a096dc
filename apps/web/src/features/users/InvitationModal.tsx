import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The invitation code is shown once: the API stores only its hash. */
export function InvitationModal({ name, token, onClose }: { name: string; token: string; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('users.invitation.title')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('common.close')}
    >
      <Alert
        type="warning"
        showIcon
        title={t('users.invitation.text', { name })}
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph
        copyable={{ text: token, tooltips: [t('common.copy'), t('common.copied')] }}
        code
        style={{ fontSize: 16, wordBreak: 'break-all', padding: 12, background: '#f7f8fb', borderRadius: 8 }}
        data-testid="invitation-token"
      >
        {token}
      </Typography.Paragraph>
    </Modal>
  );
}
