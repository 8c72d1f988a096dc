import { Card, Flex, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from './memberships';
import { LastLogin, type UserActionProps, UserActions, UserRoles, UserStatusTag } from './UserParts';

interface Props extends UserActionProps {
  rows: readonly UserRow[];
  loading: boolean;
  emptyText: ReactNode;
}

/** Phones get one card per user instead of a wide table. */
export function UserCards({ rows, loading, emptyText, ...actions }: Props) {
  const { t } = useTranslation();
  if (rows.length === 0) return <div style={{ padding: '24px 0' }}>{emptyText}</div>;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={12} role="list">
        {rows.map((u) => (
          <Card
            key={u.id}
            size="small"
            role="listitem"
            styles={{ body: { padding: 14 } }}
            style={{ borderColor: '#eceff4' }}
          >
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Flex gap={6} align="center">
                  <Typography.Text strong style={{ fontSize: 15 }}>
                    {u.name}
                  </Typography.Text>
                  {u.id === actions.meId ? <Tag color="processing">{t('users.you')}</Tag> : null}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                  {u.email ?? '—'}
                </Typography.Text>
              </Flex>
              <UserStatusTag status={u.status} />
            </Flex>
            <div style={{ marginTop: 10 }}>
              <UserRoles user={u} />
            </div>
            <Flex
              justify="space-between"
              align="center"
              gap={8}
              style={{ marginTop: 10, borderTop: '1px solid #f0f0f0', paddingTop: 8 }}
            >
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('users.columns.lastLogin')}: <LastLogin at={u.lastLoginAt} />
              </Typography.Text>
              <UserActions user={u} compact {...actions} />
            </Flex>
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
