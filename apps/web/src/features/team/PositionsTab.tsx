import { CERTIFICATE_KIND_INFO, type CertificateKind, DEPARTMENT_CODES } from '@anju/domain';
import { Alert, App, Button, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryError } from '../../shared/QueryError';
import { useErrorText } from '../../shared/useErrorText';
import { useLabel } from '../../shared/useLabel';
import { ApplyStaffingTemplateMutation, TeamStructureQuery } from './positions.graphql';

interface Props {
  estateId: string;
  /** On-team people per position id (from the staff list), for planned vs actual. */
  actual?: ReadonlyMap<string, number>;
  canManage: boolean;
}

/** The estate's departments and positions: planned headcount (编制), shifts, certificates, age limits. */
export function PositionsTab({ estateId, actual, canManage }: Props) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const en = !i18n.language.startsWith('zh');
  const [result, refetch] = useQuery({ query: TeamStructureQuery, variables: { estateId } });
  const [applyState, apply] = useMutation(ApplyStaffingTemplateMutation);
  // The service centre's order (management, customer service, security …), others after.
  const rank = (code: string) => {
    const i = (DEPARTMENT_CODES as readonly string[]).indexOf(code);
    return i < 0 ? DEPARTMENT_CODES.length : i;
  };
  const departments = [...(result.data?.departments ?? [])].sort((a, b) => rank(a.code) - rank(b.code));
  const positions = result.data?.positions ?? [];

  const applyTemplate = async () => {
    const res = await apply({ input: { estateId } });
    const r = res.data?.applyStaffingTemplate;
    if (!r) return;
    message.success(
      r.changed
        ? t('team.positions.applied', { departments: r.departmentsCreated, positions: r.positionsCreated })
        : t('team.positions.unchanged'),
    );
    refetch({ requestPolicy: 'network-only' });
  };

  if (result.fetching && !result.data) return <Skeleton active />;
  return (
    <div>
      <QueryError error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      {applyState.error ? (
        <Alert type="error" showIcon title={errorText(applyState.error)} style={{ marginBottom: 12 }} />
      ) : null}
      {canManage && positions.length === 0 ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button onClick={applyTemplate} loading={applyState.fetching}>
            {t('team.positions.applyTemplate')}
          </Button>
        </Flex>
      ) : null}
      {positions.length === 0 ? <Empty description={t('team.positions.empty')} /> : null}
      <Flex vertical gap={12}>
        {departments.map((d) => {
          const own = positions.filter((p) => p.departmentId === d.id);
          if (own.length === 0) return null;
          const planned = own.reduce((s, p) => s + p.plannedHeadcount, 0);
          const onTeam = own.reduce((s, p) => s + (actual?.get(p.id) ?? 0), 0);
          return (
            <Card
              key={d.id}
              size="small"
              title={en && d.nameEn ? d.nameEn : d.name}
              extra={
                actual ? (
                  <Typography.Text type={onTeam < planned ? 'danger' : 'secondary'}>
                    {t('team.positions.actual')} {onTeam} / {t('team.positions.planned')} {planned}
                  </Typography.Text>
                ) : null
              }
            >
              <Flex vertical gap={10}>
                {own.map((p) => {
                  const have = actual ? (actual.get(p.id) ?? 0) : undefined;
                  const vacant = have === undefined ? 0 : p.plannedHeadcount - have;
                  return (
                    <div key={p.id} data-testid={`position-${p.code}`}>
                      <Flex gap={6} wrap align="center">
                        <Typography.Text strong>{en && p.nameEn ? p.nameEn : p.name}</Typography.Text>
                        <Tag>{t(`team.patterns.${p.shiftPattern}`)}</Tag>
                        <Typography.Text type="secondary">
                          {t('team.positions.planned')} {p.plannedHeadcount}
                          {have !== undefined ? ` · ${t('team.positions.actual')} ${have}` : ''}
                        </Typography.Text>
                        {vacant > 0 ? (
                          <Tag color="red">{t('team.positions.vacancy', { count: vacant })}</Tag>
                        ) : null}
                        {p.certificateRequired ? (
                          <Tag color="gold">
                            {t('team.positions.certificate')}
                            {p.certificateKinds.length
                              ? `：${p.certificateKinds.map((k) => label(CERTIFICATE_KIND_INFO[k as CertificateKind])).join(' / ')}`
                              : ''}
                          </Tag>
                        ) : null}
                        {p.ageMin != null || p.ageMax != null ? (
                          <Tag>{t('team.positions.age', { min: p.ageMin ?? 16, max: p.ageMax ?? '' })}</Tag>
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
                  );
                })}
              </Flex>
            </Card>
          );
        })}
      </Flex>
    </div>
  );
}
