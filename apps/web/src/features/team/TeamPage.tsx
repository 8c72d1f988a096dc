import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import { EstatePicker } from '../../shared/EstatePicker';
import { downloadFile } from '../../shared/files';
import { PageHeader } from '../../shared/PageHeader';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { PositionsTab } from './PositionsTab';
import { TeamStructureQuery } from './positions.graphql';
import { StaffFormDrawer } from './StaffFormDrawer';
import { StaffImportModal } from './StaffImportModal';
import { StaffList } from './StaffList';
import { ExportStaffMutation, StaffMembersQuery } from './staff.graphql';

/** An estate's team: its staff (with certificate warnings) and its positions against the plan. */
export function TeamPage() {
  const { t, i18n } = useTranslation();
  const en = !i18n.language.startsWith('zh');
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { ability } = useSession();
  const [params, setParams] = useSearchParams();
  const estateId = params.get('estate') ?? undefined;
  const tab = params.get('tab') ?? 'staff';
  const [reload, setReload] = useState(0);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const canManage = ability.can('create', 'Staff');
  const [structure] = useQuery({
    query: TeamStructureQuery,
    variables: { estateId: estateId ?? '' },
    pause: !estateId,
  });
  // On-team people per position, for planned vs actual on the positions tab.
  const [onTeam] = useQuery({
    query: StaffMembersQuery,
    variables: { filter: { estateId: estateId ?? '' }, first: 100 },
    pause: !estateId || tab !== 'positions',
    requestPolicy: 'cache-and-network',
  });
  const actual = useMemo(() => {
    if (!onTeam.data) return undefined;
    const m = new Map<string, number>();
    for (const { node } of onTeam.data.staffMembers.edges)
      if (node.status !== 'LEFT') m.set(node.positionId, (m.get(node.positionId) ?? 0) + 1);
    return m;
  }, [onTeam.data]);
  const [exportState, exportStaff] = useMutation(ExportStaffMutation);

  const set = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const departments = structure.data?.departments ?? [];
  const positions = structure.data?.positions ?? [];
  const positionChoices = positions.map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn }));

  return (
    <div>
      <PageHeader
        title={t('team.title')}
        subtitle={t('team.subtitle')}
        extra={
          estateId && canManage ? (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('team.staff.import')}
              </Button>
              <Button
                icon={<DownloadOutlined />}
                loading={exportState.fetching}
                onClick={async () => {
                  const res = await exportStaff({ estateId });
                  if (res.data) await downloadFile(res.data.exportStaff);
                }}
              >
                {t('team.staff.export')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('team.staff.add')}
              </Button>
            </>
          ) : null
        }
      />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        <EstatePicker
          value={estateId}
          onChange={(id) => set('estate', id)}
          autoSelectFirst
          placeholder={t('team.pickEstate')}
          style={{ width: mobile ? '100%' : 260, marginBottom: 12 }}
        />
        {exportState.error ? (
          <Alert type="error" showIcon title={errorText(exportState.error)} style={{ marginBottom: 12 }} />
        ) : null}
        {!estateId ? (
          <Empty description={t('team.pickEstate')} />
        ) : (
          <Tabs
            activeKey={tab}
            onChange={(k) => set('tab', k === 'staff' ? undefined : k)}
            items={[
              {
                key: 'staff',
                label: t('team.tabs.staff'),
                children: (
                  <StaffList
                    key={`${estateId}-${reload}`}
                    estateId={estateId}
                    departments={departments.map((d) => ({
                      id: d.id,
                      name: en && d.nameEn ? d.nameEn : d.name,
                    }))}
                  />
                ),
              },
              {
                key: 'positions',
                label: t('team.tabs.positions'),
                children: <PositionsTab estateId={estateId} actual={actual} />,
              },
            ]}
          />
        )}
      </Card>
      {estateId ? (
        <StaffFormDrawer
          open={adding}
          estateId={estateId}
          positions={positionChoices}
          onClose={() => setAdding(false)}
          onSaved={(id) => {
            setAdding(false);
            setReload((n) => n + 1);
            navigate(`/team/staff/${id}`);
          }}
        />
      ) : null}
      {importing && estateId ? (
        <StaffImportModal
          estateId={estateId}
          onClose={() => setImporting(false)}
          onImported={() => setReload((n) => n + 1)}
        />
      ) : null}
    </div>
  );
}
