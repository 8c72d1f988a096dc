import { Alert, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The page an invited user opens to choose a password; the code rides along prefilled. */
export function invitationLink(token: string, origin: string = window.location.origin): string {
  return `${origin}/invite?code=${encodeURIComponent(token)}`;
}

const boxStyle = {
  wordBreak: 'break-all',
  padding: 12,
  margin: 0,
  background: '#f7f8fb',
  borderRadius: 8,
} as const;

/** The invitation code is shown once: the API stores only its hash. */
export function InvitationModal({ name, token, onClose }: { name: string; token: string; onClose(): void }) {
  const { t } = useTranslation();
  const link = invitationLink(token);
  const tooltips = [t('common.copy'), t('common.copied')];
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
      <Flex vertical gap={6} style={{ marginBottom: 16 }}>
        <Typography.Text strong>{t('users.invitation.link')}</Typography.Text>
        <Typography.Paragraph
          copyable={{ text: link, tooltips }}
          style={boxStyle}
          data-testid="invitation-link"
        >
          {link}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('users.invitation.linkHint')}
        </Typography.Text>
      </Flex>
      <Flex vertical gap={6}>
        <Typography.Text strong>{t('users.invitation.code')}</Typography.Text>
        <Typography.Paragraph
          copyable={{ text: token, tooltips }}
          code
          style={{ ...boxStyle, fontSize: 16 }}
          data-testid="invitation-token"
        >
          {token}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('users.invitation.codeHint')}
        </Typography.Text>
      </Flex>
    </Modal>
  );
}
