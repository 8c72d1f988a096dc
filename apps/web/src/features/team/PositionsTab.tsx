import { CERTIFICATE_KIND_INFO, type CertificateKind, DEPARTMENT_CODES } from '@anju/domain';
import { DeleteOutlined, EditOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Popconfirm, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import { errorCode, errorReason } from '../../shared/errors';
import { QueryError } from '../../shared/QueryError';
import { rowSubject } from '../../shared/rowSubject';
import { useErrorText } from '../../shared/useErrorText';
import { useLabel } from '../../shared/useLabel';
import { PositionFormDrawer, type PositionRecord } from './PositionFormDrawer';
import { DeletePositionMutation, TeamStructureQuery } from './positions.graphql';
import { ApplyTemplateModal, SaveTemplateModal } from './StaffingTemplateModals';

interface Props {
  estateId: string;
  /** On-team people per position id (from the staff list), for planned vs actual. */
  actual?: ReadonlyMap<string, number>;
}

type DrawerState =
  | { kind: 'closed' }
  | { kind: 'add'; departmentId?: string }
  | { kind: 'edit'; record: PositionRecord };

/**
 * The estate's departments and positions: planned headcount (编制), shifts, certificates, age
 * limits; for those who may, positions added, edited and deleted, a staffing template applied,
 * and (the company admin) the estate saved as a company template.
 */
export function PositionsTab({ estateId, actual }: Props) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { ability, company } = useSession();
  const en = !i18n.language.startsWith('zh');
  const client = useClient();
  const [result, refetch] = useQuery({ query: TeamStructureQuery, variables: { estateId } });
  const [deleteState, remove] = useMutation(DeletePositionMutation);
  const [drawer, setDrawer] = useState<DrawerState>({ kind: 'closed' });
  const [applying, setApplying] = useState(false);
  const [saving, setSaving] = useState(false);
  /** The API's refusal to delete a position, shown under that position. */
  const [notice, setNotice] = useState<{ positionId: string; text: string } | null>(null);

  // What the caller may do here, judged on this estate as the API will.
  const companyId = company?.id ?? '';
  const onEstate = (action: 'create' | 'update' | 'delete', type: 'Position' | 'Department' = 'Position') =>
    ability.can(action, rowSubject(type, { estateId }, companyId));
  const canCreate = onEstate('create');
  const canUpdate = onEstate('update');
  const canDelete = onEstate('delete');
  const canApply = canCreate && onEstate('create', 'Department');
  const canSaveTemplate = ability.can('create', rowSubject('StaffingTemplate', {}, companyId));

  // The service centre's order (management, customer service, security …), others after.
  const rank = (code: string) => {
    const i = (DEPARTMENT_CODES as readonly string[]).indexOf(code);
    return i < 0 ? DEPARTMENT_CODES.length : i;
  };
  const departments = [...(result.data?.departments ?? [])].sort((a, b) => rank(a.code) - rank(b.code));
  const positions = result.data?.positions ?? [];
  const nameOf = (d: { name: string; nameEn?: string | null }) => (en && d.nameEn ? d.nameEn : d.name);

  const reload = () => refetch({ requestPolicy: 'network-only' });

  // After a CONFLICT the drawer asks for the latest: read afresh, then the drawer edits that (or
  // closes, when the position is gone).
  const reloadEditing = async (id: string) => {
    const fresh = await client
      .query(TeamStructureQuery, { estateId }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!fresh.data) return;
    const latest = fresh.data.positions.find((p) => p.id === id);
    setDrawer(latest ? { kind: 'edit', record: latest } : { kind: 'closed' });
  };

  const deletePosition = async (p: PositionRecord) => {
    setNotice(null);
    const res = await remove({ input: { id: p.id, version: p.version } });
    if (res.error) {
      setNotice({
        positionId: p.id,
        text:
          errorCode(res.error) === 'CONFLICT' && errorReason(res.error) === 'IN_USE'
            ? t('team.positions.inUse')
            : errorText(res.error),
      });
      return;
    }
    message.success(t('team.positions.deleted'));
    reload();
  };

  if (result.fetching && !result.data) return <Skeleton active />;
  return (
    <div>
      <QueryError error={result.error} onRetry={reload} />
      {canApply || canCreate ? (
        <Flex justify="flex-end" gap={8} wrap style={{ marginBottom: 12 }}>
          {canApply ? <Button onClick={() => setApplying(true)}>{t('team.templates.apply')}</Button> : null}
          {canSaveTemplate && positions.length > 0 ? (
            <Button icon={<SaveOutlined />} onClick={() => setSaving(true)}>
              {t('team.templates.saveAs')}
            </Button>
          ) : null}
          {canCreate ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={departments.length === 0}
              onClick={() => setDrawer({ kind: 'add' })}
            >
              {t('team.positions.add')}
            </Button>
          ) : null}
        </Flex>
      ) : null}
      {positions.length === 0 ? (
        <Empty
          description={
            canCreate && departments.length === 0
              ? t('team.positions.noDepartments')
              : t('team.positions.empty')
          }
        />
      ) : null}
      <Flex vertical gap={12}>
        {departments.map((d) => {
          const own = positions.filter((p) => p.departmentId === d.id);
          if (own.length === 0 && !(canCreate && positions.length > 0)) return null;
          const planned = own.reduce((s, p) => s + p.plannedHeadcount, 0);
          const onTeam = own.reduce((s, p) => s + (actual?.get(p.id) ?? 0), 0);
          return (
            <Card
              key={d.id}
              size="small"
              title={nameOf(d)}
              data-testid={`department-${d.code}`}
              extra={
                actual ? (
                  <Typography.Text type={onTeam < planned ? 'danger' : 'secondary'}>
                    {t('team.positions.actual')} {onTeam} / {t('team.positions.planned')} {planned}
                  </Typography.Text>
                ) : null
              }
            >
              <Flex vertical gap={10}>
                {own.length === 0 ? (
                  <Typography.Text type="secondary">{t('team.positions.emptyDepartment')}</Typography.Text>
                ) : null}
                {own.map((p) => {
                  const have = actual ? (actual.get(p.id) ?? 0) : undefined;
                  const vacant = have === undefined ? 0 : p.plannedHeadcount - have;
                  return (
                    <div key={p.id} data-testid={`position-${p.code}`}>
                      <Flex gap={8} align="flex-start">
                        <div style={{ flex: 1, minWidth: 0 }}>
                          <Flex gap={6} wrap align="center">
                            <Typography.Text strong>{nameOf(p)}</Typography.Text>
                            <Tag>{t(`team.patterns.${p.shiftPattern}`)}</Tag>
                            <Typography.Text type="secondary" data-testid="planned">
                              {t('team.positions.planned')} {p.plannedHeadcount}
                              {have !== undefined ? ` · ${t('team.positions.actual')} ${have}` : ''}
                            </Typography.Text>
                            {vacant > 0 ? (
                              <Tag color="red">{t('team.positions.vacancy', { count: vacant })}</Tag>
                            ) : null}
                            {p.certificateRequired ? (
                              <Tag color="gold" style={{ whiteSpace: 'normal' }}>
                                {t('team.positions.certificate')}
                                {p.certificateKinds.length
                                  ? `：${p.certificateKinds.map((k) => label(CERTIFICATE_KIND_INFO[k as CertificateKind])).join(' / ')}`
                                  : ''}
                              </Tag>
                            ) : null}
                            {p.ageMin != null || p.ageMax != null ? (
                              <Tag>
                                {t('team.positions.age', { min: p.ageMin ?? 16, max: p.ageMax ?? '' })}
                              </Tag>
                            ) : null}
                          </Flex>
                          {p.workingHours ? (
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {t('team.positions.hours')}：{p.workingHours}
                            </Typography.Text>
                          ) : null}
                          {p.duty ? (
                            <Typography.Paragraph
                              type="secondary"
                              style={{ fontSize: 12, margin: 0 }}
                              ellipsis={{ rows: 2, expandable: true }}
                            >
                              {p.duty}
                            </Typography.Paragraph>
                          ) : null}
                        </div>
                        {canUpdate || canDelete ? (
                          <Flex gap={2} style={{ flex: 'none' }}>
                            {canUpdate ? (
                              <Button
                                type="text"
                                size="small"
                                icon={<EditOutlined />}
                                aria-label={`${t('team.positions.edit')} ${p.name}`}
                                onClick={() => setDrawer({ kind: 'edit', record: p })}
                              />
                            ) : null}
                            {canDelete ? (
                              <Popconfirm
                                title={t('team.positions.deleteConfirm', { name: nameOf(p) })}
                                description={t('team.positions.deleteHint')}
                                okButtonProps={{ danger: true, loading: deleteState.fetching }}
                                onConfirm={() => deletePosition(p)}
                              >
                                <Button
                                  type="text"
                                  size="small"
                                  danger
                                  icon={<DeleteOutlined />}
                                  aria-label={`${t('team.positions.delete')} ${p.name}`}
                                />
                              </Popconfirm>
                            ) : null}
                          </Flex>
                        ) : null}
                      </Flex>
                      {notice?.positionId === p.id ? (
                        <Alert
                          type="error"
                          showIcon
                          closable={{ onClose: () => setNotice(null) }}
                          title={notice.text}
                          data-testid="positions-notice"
                          style={{ marginTop: 6 }}
                        />
                      ) : null}
                    </div>
                  );
                })}
                {canCreate ? (
                  <Button
                    type="dashed"
                    size="small"
                    icon={<PlusOutlined />}
                    onClick={() => setDrawer({ kind: 'add', departmentId: d.id })}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {t('team.positions.addTo', { department: nameOf(d) })}
                  </Button>
                ) : null}
              </Flex>
            </Card>
          );
        })}
      </Flex>
      <PositionFormDrawer
        open={drawer.kind !== 'closed'}
        estateId={estateId}
        departments={departments.map((d) => ({ id: d.id, name: nameOf(d) }))}
        editing={drawer.kind === 'edit' ? drawer.record : undefined}
        departmentId={drawer.kind === 'add' ? drawer.departmentId : undefined}
        onClose={() => setDrawer({ kind: 'closed' })}
        onSaved={() => {
          setDrawer({ kind: 'closed' });
          reload();
        }}
        onReload={() => {
          if (drawer.kind === 'edit') void reloadEditing(drawer.record.id);
        }}
      />
      <ApplyTemplateModal
        open={applying}
        estateId={estateId}
        onClose={() => setApplying(false)}
        onApplied={() => {
          setApplying(false);
          reload();
        }}
      />
      <SaveTemplateModal
        open={saving}
        estateId={estateId}
        onClose={() => setSaving(false)}
        onSaved={() => setSaving(false)}
      />
    </div>
  );
}
