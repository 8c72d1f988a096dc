import { MEMBERSHIP_ROLES, type MembershipRole, ROLE_LABELS } from '@anju/domain';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Input, Select, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { UserStatus } from '../../gql/graphql';
import { CursorPagination } from '../../shared/CursorPagination';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { rowSubject } from '../../shared/rowSubject';
import { useCursorPager } from '../../shared/useCursorPager';
import { useDebouncedValue } from '../../shared/useDebouncedValue';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { useLabel } from '../../shared/useLabel';
import { CreateUserModal } from './CreateUserModal';
import { InvitationModal } from './InvitationModal';
import { MembershipsModal } from './MembershipsModal';
import type { UserRow } from './memberships';
import { UserCards } from './UserCards';
import { UserTable } from './UserTable';
import { DeactivateUserMutation, UsersQuery } from './users.graphql';

const USER_STATUSES: UserStatus[] = ['ACTIVE', 'INVITED', 'DEACTIVATED'];
const userContext = { additionalTypenames: ['User'] };

export function UsersPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const mobile = useIsMobile();
  const { me, company, ability } = useSession();
  const companyId = company?.id ?? '';

  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<UserStatus | undefined>();
  const [role, setRole] = useState<MembershipRole | undefined>();
  const debounced = useDebouncedValue(search.trim(), 300);
  const filter = useMemo(() => ({ search: debounced || undefined, status, role }), [debounced, status, role]);
  const pager = useCursorPager(JSON.stringify(filter));
  const filtered = Boolean(filter.search || status || role);

  const [users, refetch] = useQuery({
    query: UsersQuery,
    variables: { first: pager.pageSize, after: pager.after, filter },
    context: userContext,
  });
  const [, deactivateUser] = useMutation(DeactivateUserMutation);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [invitation, setInvitation] = useState<{ name: string; token: string } | null>(null);

  const conn = users.data?.users;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const firstLoad = users.fetching && !users.data;
  const canUpdate = (u: UserRow) => ability.can('update', rowSubject('User', u, companyId));

  const deactivate = async (u: UserRow) => {
    const result = await deactivateUser({ input: { userId: u.id } });
    if (result.error) message.error(errorText(result.error));
    else message.success(t('users.deactivatedMsg', { name: u.name }));
  };

  const emptyText = firstLoad ? (
    <Skeleton active paragraph={{ rows: 6 }} style={{ padding: 16 }} />
  ) : (
    <Empty description={filtered ? t('users.noMatch') : t('users.empty')} />
  );

  const listProps = {
    rows,
    loading: users.fetching && !firstLoad,
    emptyText,
    meId: me.id,
    canUpdate,
    onEdit: setEditing,
    onDeactivate: deactivate,
  };

  return (
    <div>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          ability.can('create', 'User') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input
            allowClear
            prefix={<SearchOutlined style={{ color: '#bfbfbf' }} />}
            placeholder={t('users.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: mobile ? '100%' : 260 }}
            aria-label={t('users.searchPlaceholder')}
          />
          <Select
            allowClear
            placeholder={t('users.allRoles')}
            value={role}
            onChange={setRole}
            options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))}
            style={{ width: mobile ? 'calc(50% - 6px)' : 180 }}
          />
          <Select
            allowClear
            placeholder={t('users.allStatuses')}
            value={status}
            onChange={setStatus}
            options={USER_STATUSES.map((s) => ({ value: s, label: t(`users.status.${s}`) }))}
            style={{ width: mobile ? 'calc(50% - 6px)' : 140 }}
          />
        </Flex>
        {users.error ? (
          <QueryError
            error={users.error}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
            marginBottom={16}
          />
        ) : null}
        {mobile ? <UserCards {...listProps} /> : <UserTable {...listProps} />}
        <CursorPagination
          pager={pager}
          totalCount={conn?.totalCount}
          hasNextPage={conn?.pageInfo.hasNextPage ?? false}
          endCursor={conn?.pageInfo.endCursor}
          disabled={users.fetching}
        />
      </Card>
      {creating ? (
        <CreateUserModal
          onClose={() => setCreating(false)}
          onCreated={(user, token) => {
            setCreating(false);
            if (token) setInvitation({ name: user.name, token });
          }}
        />
      ) : null}
      {editing ? <MembershipsModal user={editing} onClose={() => setEditing(null)} /> : null}
      {invitation ? (
        <InvitationModal
          name={invitation.name}
          token={invitation.token}
          onClose={() => setInvitation(null)}
        />
      ) : null}
    </div>
  );
}
