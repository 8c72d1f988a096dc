import { SCORE_WEIGHTS } from '@anju/domain';
import { CheckCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  List,
  Progress,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { StaffingComplianceQuery as Data } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import {
  departmentOrder,
  Problem,
  percentText,
  ScoreTag,
  StandingTag,
  scoreTone,
  useStaffingLabels,
} from './labels';
import { StaffingComplianceQuery } from './staffing.graphql';
import './staffing.css';

type Compliance = Data['staffingCompliance'];
type Position = Compliance['positions'][number];
type Issue = Compliance['certificateIssues'][number];
type Breach = Compliance['ageBreaches'][number];

/** A department with its positions: the rows of the headcount table. */
interface HeadcountRow {
  key: string;
  name: string;
  planned: number;
  actual: number;
  vacancies: number;
  department: boolean;
  position?: Position;
  children?: HeadcountRow[];
}

const PART_KEYS = ['staffed', 'certified', 'ageOk', 'retention'] as const;
const TONE_STROKE = { good: '#52c41a', fair: '#fa8c16', poor: '#f5222d', none: '#d9d9d9' } as const;

/** One estate's staffing against its plan today, in a drawer (`/staffing?estate=<id>`). */
export function StaffingDetailDrawer({
  estateId,
  fallbackName,
  onClose,
}: {
  estateId: string | null;
  /** The estate's name from the table, for the title while the detail loads. */
  fallbackName?: string | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const [result, refetch] = useQuery({
    query: StaffingComplianceQuery,
    variables: { estateId: estateId ?? '' },
    pause: !estateId,
  });
  // urql keeps the previous estate's answer while the next loads: never show it under this title.
  const data =
    result.data?.staffingCompliance.estateId === estateId ? result.data?.staffingCompliance : undefined;
  const name = data?.estateName ?? fallbackName;

  return (
    <Drawer
      open={estateId !== null}
      onClose={onClose}
      size={mobile ? '100%' : 880}
      destroyOnHidden
      title={name ? t('staffing.detail.title', { estate: name }) : t('staffing.title')}
    >
      {result.error && !data ? (
        <Alert
          type="error"
          showIcon
          title={errorText(result.error)}
          action={
            <Button size="small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <StaffingDetail data={data} mobile={mobile} />
      )}
    </Drawer>
  );
}

function StaffingDetail({ data, mobile }: { data: Compliance; mobile: boolean }) {
  const { t } = useTranslation();
  const labels = useStaffingLabels();
  const who = (staffName: string | null) =>
    data.namesHidden || !staffName ? <Typography.Text type="secondary">—</Typography.Text> : staffName;

  const headcount = useMemo((): HeadcountRow[] => {
    const departments = [...data.departments].sort(departmentOrder);
    return departments.map((d) => ({
      key: d.departmentId,
      name: labels.department(d.code, d.name),
      planned: d.planned,
      actual: d.actual,
      vacancies: d.vacancies,
      department: true,
      children: data.positions
        .filter((p) => p.departmentId === d.departmentId)
        .map((p) => ({
          key: p.positionId,
          name: p.name,
          planned: p.planned,
          actual: p.actual,
          vacancies: p.vacancies,
          department: false,
          position: p,
        })),
    }));
  }, [data, labels]);

  const ageLimits = (p: Position | undefined) => {
    if (!p || (p.ageMin == null && p.ageMax == null)) return '—';
    if (p.ageMin != null && p.ageMax != null)
      return t('staffing.detail.headcount.ageRange', { min: p.ageMin, max: p.ageMax });
    return p.ageMin != null
      ? t('staffing.detail.headcount.ageFrom', { min: p.ageMin })
      : t('staffing.detail.headcount.ageTo', { max: p.ageMax });
  };
  const expiry = (i: Issue) =>
    i.expiresOn ? (
      <Flex vertical>
        <span>{i.expiresOn}</span>
        {i.daysLeft != null ? (
          <Typography.Text type={i.daysLeft < 0 ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
            {i.daysLeft < 0
              ? t('staffing.detail.certificates.daysAgo', { count: -i.daysLeft })
              : t('staffing.detail.certificates.daysLeft', { count: i.daysLeft })}
          </Typography.Text>
        ) : null}
      </Flex>
    ) : (
      '—'
    );
  const breachText = (b: Breach) => t(`staffing.detail.age.${b.breach}`, { limit: b.limit });

  const section = (title: string, testId: string, body: React.ReactNode) => (
    <section data-testid={testId}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {body}
    </section>
  );

  const summary = (
    <Card size="small" data-testid="staffing-summary">
      <Flex wrap gap={mobile ? 12 : 24} align="center">
        <Flex vertical gap={4} style={{ minWidth: 120 }}>
          <Typography.Text type="secondary">{t('staffing.detail.score')}</Typography.Text>
          <ScoreTag score={data.score} large />
        </Flex>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong>
            {t('staffing.detail.summary', {
              planned: data.planned,
              actual: data.actual,
              vacancies: data.vacancies,
            })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('staffing.detail.asOf', { date: data.asOf })}
          </Typography.Text>
        </Flex>
      </Flex>
      {data.scoreParts ? (
        <div style={{ marginTop: 12 }} data-testid="staffing-score-parts">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('staffing.detail.parts.title')}
          </Typography.Text>
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: mobile ? '1fr' : '1fr 1fr',
              gap: '4px 24px',
              marginTop: 4,
            }}
          >
            {PART_KEYS.map((k) => {
              const part = data.scoreParts![k];
              const weight = SCORE_WEIGHTS[k];
              return (
                <div key={k}>
                  <Flex justify="space-between" gap={8} style={{ fontSize: 13 }}>
                    <span>{t(`staffing.detail.parts.${k}`)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('staffing.detail.parts.points', {
                        points: formatNumber(Math.round(part * weight * 10) / 10),
                        weight,
                      })}
                    </Typography.Text>
                  </Flex>
                  <Progress
                    percent={Math.round(part * 1000) / 10}
                    size="small"
                    showInfo={false}
                    strokeColor={TONE_STROKE[scoreTone(part * 100)]}
                  />
                </div>
              );
            })}
          </div>
        </div>
      ) : null}
    </Card>
  );

  const headcountBody =
    headcount.length === 0 ? (
      <Empty description={t('staffing.detail.headcount.empty')} />
    ) : mobile ? (
      <Flex vertical gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('staffing.detail.headcount.actualOfPlanned')}
        </Typography.Text>
        {headcount.map((d) => (
          <Card
            key={d.key}
            size="small"
            title={d.name}
            extra={
              <span style={{ fontSize: 13 }}>
                {d.actual} / {d.planned}
                {d.vacancies ? (
                  <Typography.Text type="danger" strong>
                    {' '}
                    {t('staffing.columns.vacancies')} {d.vacancies}
                  </Typography.Text>
                ) : null}
              </span>
            }
          >
            {(d.children ?? []).map((p) => (
              <Flex key={p.key} justify="space-between" gap={8} style={{ fontSize: 13, padding: '2px 0' }}>
                <span>
                  {p.name}
                  {p.position?.certificateRequired ? (
                    <Tag style={{ marginInlineStart: 6 }}>
                      {t('staffing.detail.headcount.certificateRequired')}
                    </Tag>
                  ) : null}
                </span>
                <span style={{ whiteSpace: 'nowrap' }}>
                  {p.actual} / {p.planned}
                  {p.vacancies ? (
                    <Typography.Text type="danger" strong data-testid="vacancy">
                      {' '}
                      {t('staffing.columns.vacancies')} {p.vacancies}
                    </Typography.Text>
                  ) : null}
                </span>
              </Flex>
            ))}
          </Card>
        ))}
      </Flex>
    ) : (
      <Table<HeadcountRow>
        size="small"
        rowKey="key"
        dataSource={headcount}
        pagination={false}
        expandable={{ defaultExpandAllRows: true, indentSize: 16 }}
        rowClassName={(r) => (r.vacancies > 0 ? 'staffing-vacancy-row' : '')}
        columns={[
          {
            title: t('staffing.detail.headcount.department'),
            dataIndex: 'name',
            render: (v: string, r) =>
              r.department ? (
                <Typography.Text strong>{v}</Typography.Text>
              ) : (
                <span>
                  {v}
                  {r.position?.certificateRequired ? (
                    <Tag style={{ marginInlineStart: 6 }}>
                      {t('staffing.detail.headcount.certificateRequired')}
                    </Tag>
                  ) : null}
                </span>
              ),
          },
          { title: t('staffing.detail.headcount.planned'), dataIndex: 'planned', align: 'right', width: 80 },
          { title: t('staffing.detail.headcount.actual'), dataIndex: 'actual', align: 'right', width: 80 },
          {
            title: t('staffing.detail.headcount.vacancies'),
            dataIndex: 'vacancies',
            align: 'right',
            width: 80,
            render: (v: number, r) => (r.department ? <Problem count={v} /> : <Vacancy count={v} />),
          },
          {
            title: t('staffing.detail.headcount.ageLimits'),
            key: 'age',
            width: 110,
            render: (_, r) => (r.department ? null : ageLimits(r.position)),
          },
        ]}
      />
    );

  const certificatesBody =
    data.certificateIssues.length === 0 ? (
      <AllClear text={t('staffing.detail.certificates.empty')} />
    ) : mobile ? (
      <List
        size="small"
        bordered
        dataSource={data.certificateIssues}
        renderItem={(i) => (
          <List.Item>
            <Flex vertical gap={2} style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8}>
                <Typography.Text strong>
                  {who(i.staffName)} · {i.positionName}
                </Typography.Text>
                <StandingTag state={i.state} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {i.kind ? labels.certificateKind(i.kind) : t('staffing.detail.certificates.none')}
              </Typography.Text>
              {i.expiresOn ? (
                <Typography.Text style={{ fontSize: 12 }}>
                  {t('staffing.detail.certificates.validUntil', { date: i.expiresOn })}
                  {i.daysLeft != null ? (
                    <Typography.Text type={i.daysLeft < 0 ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
                      {' · '}
                      {i.daysLeft < 0
                        ? t('staffing.detail.certificates.daysAgo', { count: -i.daysLeft })
                        : t('staffing.detail.certificates.daysLeft', { count: i.daysLeft })}
                    </Typography.Text>
                  ) : null}
                </Typography.Text>
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
    ) : (
      <Table<Issue>
        size="small"
        rowKey={(i) => `${i.staffId ?? ''}:${i.positionId}:${i.kind ?? ''}:${i.expiresOn ?? ''}`}
        dataSource={data.certificateIssues}
        pagination={false}
        columns={[
          { title: t('staffing.detail.certificates.name'), key: 'name', render: (_, i) => who(i.staffName) },
          { title: t('staffing.detail.certificates.position'), dataIndex: 'positionName' },
          {
            title: t('staffing.detail.certificates.kind'),
            key: 'kind',
            render: (_, i) =>
              i.kind ? labels.certificateKind(i.kind) : t('staffing.detail.certificates.none'),
          },
          { title: t('staffing.detail.certificates.expiresOn'), key: 'expiry', render: (_, i) => expiry(i) },
          {
            title: t('staffing.detail.certificates.state'),
            key: 'state',
            width: 100,
            render: (_, i) => <StandingTag state={i.state} />,
          },
        ]}
      />
    );

  const ageBody =
    data.ageBreaches.length === 0 ? (
      <AllClear text={t('staffing.detail.age.empty')} />
    ) : (
      <Table<Breach>
        size="small"
        rowKey={(b) => `${b.staffId ?? ''}:${b.positionId}:${b.breach}:${b.limit}`}
        dataSource={data.ageBreaches}
        pagination={false}
        scroll={mobile ? { x: 'max-content' } : undefined}
        columns={[
          { title: t('staffing.detail.age.name'), key: 'name', render: (_, b) => who(b.staffName) },
          { title: t('staffing.detail.age.position'), dataIndex: 'positionName' },
          { title: t('staffing.detail.age.breach'), key: 'breach', render: (_, b) => breachText(b) },
          {
            title: t('staffing.detail.age.age'),
            dataIndex: 'age',
            align: 'right',
            render: (v: number | null) => v ?? '—',
          },
        ]}
      />
    );

  const tv = data.turnover;
  const turnoverBody = (
    <Descriptions
      size="small"
      bordered
      column={mobile ? 1 : 3}
      items={[
        {
          key: 'period',
          label: t('staffing.detail.turnover.period'),
          children: `${tv.start} – ${tv.end}`,
          span: mobile ? 1 : 3,
        },
        { key: 'start', label: t('staffing.detail.turnover.start'), children: tv.headcountAtStart },
        { key: 'end', label: t('staffing.detail.turnover.end'), children: tv.headcountAtEnd },
        { key: 'leavers', label: t('staffing.detail.turnover.leavers'), children: tv.leavers },
        {
          key: 'percent',
          label: t('staffing.detail.turnover.percent'),
          children: percentText(tv.percent),
          span: mobile ? 1 : 3,
        },
      ]}
    />
  );

  return (
    <Flex vertical gap={20} data-testid="staffing-detail">
      {data.namesHidden ? <Alert type="info" showIcon title={t('staffing.detail.namesHidden')} /> : null}
      {summary}
      {section(t('staffing.detail.headcount.title'), 'staffing-headcount', headcountBody)}
      {section(
        `${t('staffing.detail.certificates.title')} (${data.certificateIssues.length})`,
        'staffing-certificates',
        certificatesBody,
      )}
      {section(`${t('staffing.detail.age.title')} (${data.ageBreaches.length})`, 'staffing-age', ageBody)}
      {section(t('staffing.detail.turnover.title'), 'staffing-turnover', turnoverBody)}
    </Flex>
  );
}

/** Nothing to report: a short line, not an empty-state picture. */
function AllClear({ text }: { text: string }) {
  return (
    <Typography.Text type="success">
      <CheckCircleOutlined /> {text}
    </Typography.Text>
  );
}

/** A position's vacancies: red when a post is unfilled. */
function Vacancy({ count }: { count: number }) {
  return count > 0 ? (
    <Typography.Text type="danger" strong data-testid="vacancy">
      {count}
    </Typography.Text>
  ) : (
    <Typography.Text type="secondary">0</Typography.Text>
  );
}
