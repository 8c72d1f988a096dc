import { ROLE_LABELS } from '@anju/domain';
import {
  ApartmentOutlined,
  ArrowRightOutlined,
  CheckCircleOutlined,
  ClockCircleOutlined,
  ClusterOutlined,
} from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Row,
  Skeleton,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useIsMobile } from '../../shared/useIsMobile';
import { useLabel } from '../../shared/useLabel';
import { MyAudits } from '../audits';
import { AwaitingVerification } from '../rectifications';
import { DashboardQuery } from './dashboard.graphql';
import { showsRegionOverview } from './regionOverview';

function StatCard({
  title,
  value,
  icon,
  color,
  loading,
}: {
  title: string;
  value: number | undefined;
  icon: ReactNode;
  color: string;
  loading: boolean;
}) {
  const mobile = useIsMobile();
  const size = mobile ? 36 : 44;
  return (
    <Card variant="borderless" styles={{ body: { padding: mobile ? 14 : 24 } }}>
      <Flex align="center" gap={mobile ? 10 : 16}>
        <Flex
          align="center"
          justify="center"
          style={{
            width: size,
            height: size,
            borderRadius: 10,
            background: `${color}1a`,
            color,
            fontSize: mobile ? 17 : 20,
            flex: 'none',
          }}
        >
          {icon}
        </Flex>
        {loading ? <Skeleton.Input active size="small" /> : <Statistic title={title} value={value ?? 0} />}
      </Flex>
    </Card>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const navigate = useNavigate();
  const { me, company, ability } = useSession();
  const withRegions = showsRegionOverview(me.memberships, ability);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DashboardQuery,
    variables: { withRegions },
    requestPolicy: 'cache-and-network',
  });
  const regions = data?.regions ?? [];
  // Without regions the three estate counts share the row (on phones: two, then one full width).
  const statCol = withRegions ? { xs: 12, lg: 6 } : { xs: 12, lg: 8 };
  const loading = fetching && !data;

  const scopeText = (m: (typeof me.memberships)[number]) => {
    if (m.scopeKind === 'COMPANY') return t('dashboard.scopeCompany');
    if (m.scopeKind === 'REGION') return t('dashboard.scopeRegion', { name: m.region?.name ?? '' });
    return t('dashboard.scopeEstates', {
      names: m.estates.map((e) => e.name).join(t('common.nameSeparator')),
    });
  };

  const rolesCard = (
    <Card
      variant="borderless"
      title={t('dashboard.myRoles')}
      style={withRegions ? undefined : { height: '100%' }}
    >
      <Flex vertical gap={10}>
        {me.memberships.map((m) => (
          <Flex key={m.id} gap={8} wrap align="center">
            <Tag color="blue">{label(ROLE_LABELS[m.role])}</Tag>
            <Typography.Text type="secondary">{scopeText(m)}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
  const companyCard = company ? (
    <Card
      variant="borderless"
      title={t('dashboard.company')}
      style={withRegions ? undefined : { height: '100%' }}
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: t('dashboard.companyName'), children: company.name },
          { key: 'slug', label: t('dashboard.slug'), children: company.slug },
          { key: 'tz', label: t('dashboard.timeZone'), children: company.timeZone },
        ]}
      />
    </Card>
  ) : null;

  return (
    <div>
      <PageHeader
        title={t('dashboard.greeting', { name: me.name })}
        subtitle={t('dashboard.subtitle', { company: company?.name ?? '' })}
        extra={
          ability.can('read', 'Estate') ? (
            <Button
              type="primary"
              icon={<ArrowRightOutlined />}
              iconPlacement="end"
              onClick={() => navigate('/estates')}
            >
              {t('dashboard.goEstates')}
            </Button>
          ) : null
        }
      />
      {error ? (
        <QueryError
          error={error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
          marginBottom={16}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        {withRegions ? (
          <Col {...statCol}>
            <StatCard
              title={t('dashboard.regions')}
              value={data?.regions?.length}
              icon={<ClusterOutlined />}
              color="#7c3aed"
              loading={loading}
            />
          </Col>
        ) : null}
        <Col {...statCol} xs={withRegions ? 12 : 24}>
          <StatCard
            title={t('dashboard.estates')}
            value={data?.all.totalCount}
            icon={<ApartmentOutlined />}
            color="#1f4fd1"
            loading={loading}
          />
        </Col>
        <Col {...statCol}>
          <StatCard
            title={t('dashboard.managed')}
            value={data?.managed.totalCount}
            icon={<CheckCircleOutlined />}
            color="#16a34a"
            loading={loading}
          />
        </Col>
        <Col {...statCol}>
          <StatCard
            title={t('dashboard.preparing')}
            value={data?.preparing.totalCount}
            icon={<ClockCircleOutlined />}
            color="#d97706"
            loading={loading}
          />
        </Col>
        {/* The auditor's work (and an estate manager's own checks): audits to conduct, evidence to verify. */}
        {ability.can('update', 'Audit') ? (
          <Col xs={24} lg={12}>
            <MyAudits />
          </Col>
        ) : null}
        {ability.can('verify', 'Rectification') ? (
          <Col xs={24} lg={12}>
            <AwaitingVerification />
          </Col>
        ) : null}
        {withRegions ? (
          <Col xs={24} lg={12}>
            <Card variant="borderless" title={t('dashboard.regionList')} style={{ height: '100%' }}>
              {loading ? (
                <Skeleton active />
              ) : regions.length > 0 ? (
                <Flex vertical>
                  {regions.map((r, i) => (
                    <Flex
                      key={r.id}
                      justify="space-between"
                      align="center"
                      style={{ padding: '12px 0', borderTop: i === 0 ? undefined : '1px solid #f0f0f0' }}
                    >
                      <Flex vertical>
                        <Typography.Text strong>{r.name}</Typography.Text>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {r.code}
                        </Typography.Text>
                      </Flex>
                      <Typography.Text type="secondary">
                        {t('dashboard.estateCount', { count: r.estateCount })}
                      </Typography.Text>
                    </Flex>
                  ))}
                </Flex>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noRegions')} />
              )}
            </Card>
          </Col>
        ) : null}
        {withRegions ? (
          <Col xs={24} lg={12}>
            <Flex vertical gap={16} style={{ height: '100%' }}>
              {rolesCard}
              {companyCard}
            </Flex>
          </Col>
        ) : (
          <>
            <Col xs={24} lg={12}>
              {rolesCard}
            </Col>
            <Col xs={24} lg={12}>
              {companyCard}
            </Col>
          </>
        )}
      </Row>
    </div>
  );
}
