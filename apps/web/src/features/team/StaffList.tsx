import { STAFF_STATUSES } from '@anju/domain';
import { Card, Checkbox, Empty, Flex, Input, List, Select, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { StaffListFieldsFragment, StaffStatus } from '../../gql/graphql';
import { QueryError } from '../../shared/QueryError';
import { useDebouncedValue } from '../../shared/useDebouncedValue';
import { useIsMobile } from '../../shared/useIsMobile';
import { CertificateStateTag, StaffStatusTag } from './StaffStatusTag';
import { StaffMembersQuery } from './staff.graphql';

type Row = StaffListFieldsFragment;

interface Props {
  estateId: string;
  departments: readonly { id: string; name: string; nameEn?: string | null }[];
}

/** The estate's staff with filters; personal data shows only where the caller may read it. */
export function StaffList({ estateId, departments }: Props) {
  const { t, i18n } = useTranslation();
  const en = !i18n.language.startsWith('zh');
  const mobile = useIsMobile();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [status, setStatus] = useState<StaffStatus | undefined>();
  const [warning, setWarning] = useState(false);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const [result, refetch] = useQuery({
    query: StaffMembersQuery,
    variables: {
      filter: {
        estateId,
        departmentId: departmentId ?? null,
        status: status ?? null,
        search: debounced || null,
        certificateWarning: warning || null,
      },
      first: 100,
    },
    requestPolicy: 'cache-and-network',
  });
  const rows: Row[] = result.data?.staffMembers.edges.map((e) => e.node) ?? [];
  const name = (x: { name: string; nameEn?: string | null } | null | undefined) =>
    x ? (en && x.nameEn ? x.nameEn : x.name) : '';
  const hidden = <Typography.Text type="secondary">{t('team.staff.hidden')}</Typography.Text>;

  const filters = (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        placeholder={t('team.staff.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ width: mobile ? '100%' : 200 }}
        aria-label={t('team.staff.search')}
      />
      <Select
        allowClear
        placeholder={t('team.staff.allDepartments')}
        value={departmentId}
        onChange={setDepartmentId}
        options={departments.map((d) => ({ value: d.id, label: name(d) }))}
        style={{ width: mobile ? '48%' : 160 }}
        aria-label={t('team.staff.department')}
      />
      <Select
        allowClear
        placeholder={t('team.staff.allStatuses')}
        value={status}
        onChange={setStatus}
        options={STAFF_STATUSES.map((s) => ({ value: s, label: t(`team.staff.statuses.${s}`) }))}
        style={{ width: mobile ? '48%' : 120 }}
        aria-label={t('team.staff.status')}
      />
      <Checkbox checked={warning} onChange={(e) => setWarning(e.target.checked)}>
        {t('team.staff.certificateWarning')}
      </Checkbox>
    </Flex>
  );

  const body =
    result.fetching && !result.data ? (
      <Skeleton active />
    ) : rows.length === 0 ? (
      <Empty description={t('team.staff.empty')} />
    ) : mobile ? (
      <List
        dataSource={rows}
        rowKey={(r) => r.id}
        renderItem={(r) => (
          <List.Item>
            <Card size="small" style={{ width: '100%' }}>
              <Flex justify="space-between" align="center" gap={8}>
                <Link to={`/team/staff/${r.id}`}>
                  <Typography.Text strong>{r.name}</Typography.Text>
                </Link>
                <Flex gap={4}>
                  <CertificateStateTag state={r.certificateState} />
                  <StaffStatusTag status={r.status} />
                </Flex>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {name(r.department)} · {name(r.position)}
                {r.phone ? ` · ${r.phone}` : ''}
              </Typography.Text>
            </Card>
          </List.Item>
        )}
      />
    ) : (
      <Table<Row>
        size="middle"
        rowKey="id"
        dataSource={rows}
        pagination={false}
        columns={[
          {
            title: t('team.staff.name'),
            key: 'name',
            render: (_, r) => <Link to={`/team/staff/${r.id}`}>{r.name}</Link>,
          },
          { title: t('team.staff.department'), key: 'department', render: (_, r) => name(r.department) },
          {
            title: t('team.staff.position'),
            key: 'position',
            render: (_, r) => (
              <Flex gap={4} align="center" wrap>
                {name(r.position)}
                <CertificateStateTag state={r.certificateState} />
              </Flex>
            ),
          },
          {
            title: t('team.staff.status'),
            key: 'status',
            render: (_, r) => <StaffStatusTag status={r.status} />,
          },
          {
            title: t('team.staff.phone'),
            key: 'phone',
            render: (_, r) => (r.personalDataVisible ? r.phone : hidden),
          },
          {
            title: t('team.staff.idNumber'),
            key: 'id',
            render: (_, r) => (r.personalDataVisible ? <code>{r.idNumberMasked}</code> : hidden),
          },
          { title: t('team.staff.hireDate'), dataIndex: 'hireDate' },
        ]}
      />
    );

  return (
    <div>
      {filters}
      <QueryError error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      {body}
      {result.data && result.data.staffMembers.totalCount > rows.length ? (
        <Typography.Text type="secondary">
          {rows.length} / {result.data.staffMembers.totalCount}
        </Typography.Text>
      ) : null}
    </div>
  );
}
