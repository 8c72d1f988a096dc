import { type AppAbility, subject } from '@anju/domain';
import { ArrowLeftOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { CertificatesCard } from './CertificatesCard';
import { TeamStructureQuery } from './positions.graphql';
import { StaffFormDrawer } from './StaffFormDrawer';
import { CertificateStateTag, StaffStatusTag } from './StaffStatusTag';
import { RevealStaffIdNumberMutation, StaffMemberQuery } from './staff.graphql';
import { TrainingsCard } from './TrainingsCard';

const canManageStaff = (ability: AppAbility, row: { companyId?: string; estateId: string }) =>
  ability.can('update', subject('Staff', row));

/** One member of staff: record, certificates and training; the full ID number only on request. */
export function StaffDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const en = !i18n.language.startsWith('zh');
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { ability, company } = useSession();
  const [result, refetch] = useQuery({ query: StaffMemberQuery, variables: { id } });
  const s = result.data?.staffMember;
  const [structure] = useQuery({
    query: TeamStructureQuery,
    variables: { estateId: s?.estateId ?? '' },
    pause: !s,
  });
  const [revealState, reveal] = useMutation(RevealStaffIdNumberMutation);
  const [fullId, setFullId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (result.fetching && !result.data) return <Skeleton active />;
  if (!s) return <QueryError error={result.error} onRetry={reload} />;
  const canManage = canManageStaff(ability, { companyId: company?.id, estateId: s.estateId });
  const hidden = <Typography.Text type="secondary">{t('team.staff.hidden')}</Typography.Text>;
  const name = (x: { name: string; nameEn?: string | null } | null | undefined) =>
    x ? (en && x.nameEn ? x.nameEn : x.name) : '';

  return (
    <div>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            {s.name}
            <StaffStatusTag status={s.status} />
            <CertificateStateTag state={s.certificateState} />
          </Flex>
        }
        subtitle={`${name(s.department)} · ${name(s.position)}`}
        extra={
          <>
            <Link to={`/team?estate=${s.estateId}`}>
              <Button icon={<ArrowLeftOutlined />}>{t('team.staff.back')}</Button>
            </Link>
            {canManage ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('team.staff.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card variant="borderless" title={t('team.staff.detail')}>
          {revealState.error ? (
            <Alert type="error" showIcon title={errorText(revealState.error)} style={{ marginBottom: 12 }} />
          ) : null}
          <Descriptions column={mobile ? 1 : 2} size="small">
            <Descriptions.Item label={t('team.staff.phone')}>
              {s.personalDataVisible ? (s.phone ?? '—') : hidden}
            </Descriptions.Item>
            <Descriptions.Item label={t('team.staff.idNumber')}>
              {s.personalDataVisible ? (
                s.idNumberMasked ? (
                  <Flex gap={8} align="center" wrap>
                    <code data-testid="id-number">{fullId ?? s.idNumberMasked}</code>
                    {!fullId ? (
                      <Button
                        size="small"
                        icon={<EyeOutlined />}
                        loading={revealState.fetching}
                        title={t('team.staff.revealNote')}
                        onClick={async () => {
                          const res = await reveal({ id: s.id });
                          if (res.data) {
                            setFullId(res.data.revealStaffIdNumber);
                            message.info(t('team.staff.revealNote'));
                          }
                        }}
                      >
                        {t('team.staff.reveal')}
                      </Button>
                    ) : null}
                  </Flex>
                ) : (
                  '—'
                )
              ) : (
                hidden
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('team.staff.gender')}>
              {s.gender ? t(`team.staff.genders.${s.gender}`) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('team.staff.birthDate')}>
              {s.personalDataVisible ? (s.birthDate ?? '—') : hidden}
            </Descriptions.Item>
            <Descriptions.Item label={t('team.staff.hireDate')}>{s.hireDate}</Descriptions.Item>
            <Descriptions.Item label={t('team.staff.leaveDate')}>{s.leaveDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('team.staff.crew')}>{s.shiftCrew ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('team.staff.note')}>{s.note ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Card>
        <CertificatesCard staff={s} canManage={canManage} onChanged={reload} />
        <TrainingsCard staff={s} canManage={canManage} onChanged={reload} />
      </Flex>
      <StaffFormDrawer
        open={editing}
        estateId={s.estateId}
        positions={(structure.data?.positions ?? []).map((p) => ({
          id: p.id,
          name: p.name,
          nameEn: p.nameEn,
        }))}
        editing={{
          id: s.id,
          version: s.version,
          name: s.name,
          phone: s.phone,
          gender: s.gender,
          birthDate: s.birthDate,
          positionId: s.positionId,
          hireDate: s.hireDate,
          leaveDate: s.leaveDate,
          status: s.status,
          shiftCrew: s.shiftCrew,
          note: s.note,
        }}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          reload();
        }}
      />
    </div>
  );
}
