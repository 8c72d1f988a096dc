import { ROLE_LABELS } from '@anju/domain';
import { Button, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { useLabel } from '../../shared/useLabel';
import type { MembershipRow, UserRow } from './memberships';

export const STATUS_COLORS: Record<UserStatus, string> = {
  ACTIVE: 'green',
  INVITED: 'blue',
  DEACTIVATED: 'default',
};

function scopeText(m: MembershipRow, separator: string): string {
  if (m.scopeKind === 'REGION') return m.region?.name ?? '';
  if (m.scopeKind === 'ESTATES') return m.estates.map((e) => e.name).join(separator);
  return '';
}

/** Each role as a tag, followed by its scope (region or estates); company-wide roles show none. */
export function UserRoles({ user }: { user: UserRow }) {
  const { t } = useTranslation();
  const label = useLabel();
  if (user.memberships.length === 0)
    return <Typography.Text type="secondary">{t('users.noRoles')}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {user.memberships.map((m) => {
        const scope = scopeText(m, t('common.nameSeparator'));
        return (
          <Flex key={m.id} align="center" gap={6} style={{ minWidth: 0 }}>
            <Tag color="blue" style={{ marginInlineEnd: 0, flex: 'none' }}>
              {label(ROLE_LABELS[m.role])}
            </Tag>
            {scope ? (
              <Tooltip title={scope}>
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 170 }}>
                  {scope}
                </Typography.Text>
              </Tooltip>
            ) : null}
          </Flex>
        );
      })}
    </Flex>
  );
}

export function UserStatusTag({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`users.status.${status}`)}
    </Tag>
  );
}

export function LastLogin({ at }: { at: string | null }) {
  const { t } = useTranslation();
  return at ? (
    <span>{formatDateTime(at)}</span>
  ) : (
    <Typography.Text type="secondary">{t('users.neverLoggedIn')}</Typography.Text>
  );
}

export interface UserActionProps {
  meId: string;
  canUpdate(user: UserRow): boolean;
  onEdit(user: UserRow): void;
  onDeactivate(user: UserRow): Promise<void>;
}

/** Edit roles and deactivate; nobody deactivates themselves from here. */
export function UserActions({
  user,
  meId,
  canUpdate,
  onEdit,
  onDeactivate,
  compact,
}: UserActionProps & { user: UserRow; compact?: boolean }) {
  const { t } = useTranslation();
  if (!canUpdate(user) || user.status === 'DEACTIVATED') return null;
  const type = compact ? 'default' : 'link';
  return (
    <Flex gap={compact ? 8 : 12} className="table-actions">
      <Button type={type} size="small" onClick={() => onEdit(user)}>
        {t('users.editRoles')}
      </Button>
      {user.id !== meId ? (
        <Popconfirm
          title={t('users.deactivateConfirm', { name: user.name })}
          description={t('users.deactivateHint')}
          onConfirm={() => onDeactivate(user)}
          okButtonProps={{ danger: true }}
        >
          <Button type={type} size="small" danger>
            {t('users.deactivate')}
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );
}
