import { ESTATE_STATUS_LABELS, ESTATE_STATUSES, type EstateStatus } from '@anju/domain';
import { ClusterOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Checkbox, Empty, Flex, Input, Select, Skeleton } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useSession } from '../../app/session';
import { CursorPagination } from '../../shared/CursorPagination';
import { sortByName } from '../../shared/collate';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { rowSubject } from '../../shared/rowSubject';
import { useCursorPager } from '../../shared/useCursorPager';
import { useDebouncedValue } from '../../shared/useDebouncedValue';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { useLabel } from '../../shared/useLabel';
import { EstateCards } from './EstateCards';
import { EstateFormDrawer } from './EstateFormDrawer';
import { EstateTable } from './EstateTable';
import type { EstateRow } from './estateForm';
import {
  ArchiveEstateMutation,
  EstateChangedSubscription,
  EstatesQuery,
  RegionsQuery,
} from './estates.graphql';
import { RegionManager } from './RegionManager';

// Lists refetch after any Estate mutation, even when the page on screen holds no Estate yet.
const estateContext = { additionalTypenames: ['Estate'] };
const regionContext = { additionalTypenames: ['Region'] };

export function EstatesPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const mobile = useIsMobile();
  const { ability, company } = useSession();
  const companyId = company?.id ?? '';

  const [search, setSearch] = useState('');
  const [regionId, setRegionId] = useState<string | undefined>();
  const [status, setStatus] = useState<EstateStatus | undefined>();
  const [includeArchived, setIncludeArchived] = useState(false);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const filter = useMemo(
    () => ({
      search: debouncedSearch || undefined,
      regionId,
      status,
      includeArchived: includeArchived || undefined,
    }),
    [debouncedSearch, regionId, status, includeArchived],
  );
  const pager = useCursorPager(JSON.stringify(filter));
  const filtered = Boolean(filter.search || regionId || status || includeArchived);

  const [estates, refetch] = useQuery({
    query: EstatesQuery,
    variables: { first: pager.pageSize, after: pager.after, filter },
    context: estateContext,
  });
  // Staff and committee members have no access to regions: do not ask.
  const [regions] = useQuery({
    query: RegionsQuery,
    context: regionContext,
    pause: !ability.can('read', 'Region'),
  });
  const [, archiveEstate] = useMutation(ArchiveEstateMutation);

  // Live: any estate change (here or in another browser) refetches the page on screen.
  const [live] = useSubscription({ query: EstateChangedSubscription });
  useEffect(() => {
    if (live.data) refetch({ requestPolicy: 'network-only' });
  }, [live.data, refetch]);

  const [editing, setEditing] = useState<EstateRow | null | 'new'>(null);
  const [managingRegions, setManagingRegions] = useState(false);

  const asSubject = (r: EstateRow) => rowSubject('Estate', r, companyId);
  const canCreate = ability.can('create', 'Estate');
  const canManageRegions = ability.can('create', 'Region');
  // By pinyin (the API's order is code point order: see shared/collate.ts).
  const rows = sortByName(estates.data?.estates.edges.map((e) => e.node) ?? [], (r) => r.name);
  const conn = estates.data?.estates;
  const firstLoad = estates.fetching && !estates.data;

  const archive = async (row: EstateRow) => {
    const result = await archiveEstate({ input: { id: row.id, version: row.version } });
    if (result.error) message.error(errorText(result.error));
    else message.success(t('estates.archivedMsg', { name: row.name }));
  };

  const clearFilters = () => {
    setSearch('');
    setRegionId(undefined);
    setStatus(undefined);
    setIncludeArchived(false);
  };

  const listProps = {
    rows,
    loading: estates.fetching && !firstLoad,
    canEdit: (r: EstateRow) => ability.can('update', asSubject(r)),
    canArchive: (r: EstateRow) => ability.can('archive', asSubject(r)),
    canScorecard: ability.can('read', 'Comparison'),
    onEdit: setEditing,
    onArchive: archive,
  };

  const emptyText = firstLoad ? (
    <Skeleton active paragraph={{ rows: 6 }} style={{ padding: 16 }} />
  ) : filtered ? (
    <Empty description={t('estates.noMatch')}>
      <Button onClick={clearFilters}>{t('estates.clearFilters')}</Button>
    </Empty>
  ) : (
    <Empty description={t('estates.empty')}>
      <Flex vertical align="center" gap={12}>
        <span style={{ color: '#8c8c8c' }}>{t('estates.emptyHint')}</span>
        {canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('estates.create')}
          </Button>
        ) : null}
      </Flex>
    </Empty>
  );

  return (
    <div>
      <PageHeader
        title={t('estates.title')}
        subtitle={t('estates.subtitle')}
        extra={
          <>
            {canManageRegions ? (
              <Button icon={<ClusterOutlined />} onClick={() => setManagingRegions(true)}>
                {t('regions.manage')}
              </Button>
            ) : null}
            {canCreate ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('estates.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Input
            allowClear
            prefix={<SearchOutlined style={{ color: '#bfbfbf' }} />}
            placeholder={t('estates.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: mobile ? '100%' : 260 }}
            aria-label={t('estates.searchPlaceholder')}
          />
          <Select
            allowClear
            placeholder={t('estates.allRegions')}
            value={regionId}
            onChange={setRegionId}
            loading={regions.fetching}
            options={regions.data?.regions.map((r) => ({ value: r.id, label: r.name })) ?? []}
            style={{ width: mobile ? 'calc(50% - 6px)' : 160 }}
          />
          <Select
            allowClear
            placeholder={t('estates.allStatuses')}
            value={status}
            onChange={setStatus}
            options={ESTATE_STATUSES.map((s) => ({ value: s, label: label(ESTATE_STATUS_LABELS[s]) }))}
            style={{ width: mobile ? 'calc(50% - 6px)' : 140 }}
          />
          <Checkbox checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)}>
            {t('estates.includeArchived')}
          </Checkbox>
          <Flex flex={1} justify="flex-end">
            <Badge
              status={live.error ? 'default' : 'processing'}
              text={
                <span style={{ color: '#8c8c8c', fontSize: 12 }}>
                  {live.error ? t('estates.liveOff') : t('estates.live')}
                </span>
              }
            />
          </Flex>
        </Flex>
        {estates.error ? (
          <QueryError
            error={estates.error}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
            marginBottom={16}
          />
        ) : null}
        {mobile ? (
          <EstateCards {...listProps} emptyText={emptyText} />
        ) : (
          <EstateTable {...listProps} emptyText={emptyText} />
        )}
        <CursorPagination
          pager={pager}
          totalCount={conn?.totalCount}
          hasNextPage={conn?.pageInfo.hasNextPage ?? false}
          endCursor={conn?.pageInfo.endCursor}
          disabled={estates.fetching}
        />
      </Card>
      {editing ? (
        <EstateFormDrawer
          estate={editing === 'new' ? null : editing}
          regions={regions.data?.regions ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      ) : null}
      {managingRegions ? (
        <RegionManager
          regions={regions.data?.regions ?? []}
          loading={regions.fetching}
          onClose={() => setManagingRegions(false)}
        />
      ) : null}
    </div>
  );
}
