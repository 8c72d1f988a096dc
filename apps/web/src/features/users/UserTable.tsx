import { MEMBERSHIP_ROLES } from '@anju/domain';
import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../gql/graphql';
import { compareDates, compareNames, compareRank } from '../../shared/collate';
import type { UserRow } from './memberships';
import { LastLogin, type UserActionProps, UserActions, UserRoles, UserStatusTag } from './UserParts';

interface Props extends UserActionProps {
  rows: readonly UserRow[];
  loading: boolean;
  emptyText: ReactNode;
}

const STATUS_ORDER: readonly UserStatus[] = ['ACTIVE', 'INVITED', 'DEACTIVATED'];

/** The user's highest role in the order of MEMBERSHIP_ROLES; users without roles come last. */
function firstRole(u: UserRow): number {
  const ranks = u.memberships.map((m) => (MEMBERSHIP_ROLES as readonly string[]).indexOf(m.role));
  return Math.min(MEMBERSHIP_ROLES.length, ...ranks.filter((r) => r >= 0));
}

/**
 * One page of users. The list is cursor-paginated (the API's order across pages), so a click on a
 * header sorts the rows of the loaded page only: names by pinyin, dates chronologically, blanks last.
 */
export function UserTable({ rows, loading, emptyText, ...actions }: Props) {
  const { t } = useTranslation();
  const columns: ColumnsType<UserRow> = [
    {
      title: t('users.columns.name'),
      dataIndex: 'name',
      fixed: 'left',
      width: 140,
      sorter: (a, b, order) => compareNames(a.name, b.name, order),
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
      sorter: (a, b, order) => compareNames(a.email, b.email, order),
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('users.columns.roles'),
      key: 'roles',
      width: 300,
      sorter: (a, b) => firstRole(a) - firstRole(b),
      render: (_, u) => <UserRoles user={u} />,
    },
    {
      title: t('users.columns.status'),
      dataIndex: 'status',
      width: 90,
      sorter: (a, b) => compareRank(STATUS_ORDER, a.status, b.status),
      render: (v: UserStatus) => <UserStatusTag status={v} />,
    },
    {
      title: t('users.columns.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 150,
      sorter: (a, b, order) => compareDates(a.lastLoginAt, b.lastLoginAt, order),
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
      showSorterTooltip={{ target: 'sorter-icon' }}
    />
  );
}
