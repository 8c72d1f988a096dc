import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../gql/graphql';
import type { UserRow } from './memberships';
import { LastLogin, type UserActionProps, UserActions, UserRoles, UserStatusTag } from './UserParts';

interface Props extends UserActionProps {
  rows: readonly UserRow[];
  loading: boolean;
  emptyText: ReactNode;
}

export function UserTable({ rows, loading, emptyText, ...actions }: Props) {
  const { t } = useTranslation();
  const columns: ColumnsType<UserRow> = [
    {
      title: t('users.columns.name'),
      dataIndex: 'name',
      fixed: 'left',
      width: 140,
      render: (_, u) => (
        <Flex gap={6} align="center" wrap>
          <Typography.Text strong>{u.name}</Typography.Text>
          {u.id === actions.meId ? <Tag color="processing">{t('users.you')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('users.columns.email'),
      dataIndex: 'email',
      width: 210,
      render: (v: string | null) => v ?? '—',
    },
    { title: t('users.columns.roles'), key: 'roles', width: 300, render: (_, u) => <UserRoles user={u} /> },
    {
      title: t('users.columns.status'),
      dataIndex: 'status',
      width: 90,
      render: (v: UserStatus) => <UserStatusTag status={v} />,
    },
    {
      title: t('users.columns.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (v: string | null) => <LastLogin at={v} />,
    },
    {
      title: t('users.columns.actions'),
      key: 'actions',
      fixed: 'right',
      width: 130,
      render: (_, u) => <UserActions user={u} {...actions} />,
    },
  ];
  return (
    <Table<UserRow>
      rowKey="id"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 1020 }}
      locale={{ emptyText }}
    />
  );
}
