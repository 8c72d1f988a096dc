import type { AuditTemplateContent, AuditTemplateItem, AuditTemplateSection } from '@anju/domain';
import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Spin, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { ConductAuditQuery, ReportFindingsQuery as ReportFindings } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { PageSkeleton } from '../../shared/PageSkeleton';
import { QueryError } from '../../shared/QueryError';
import { ConductAuditQuery as ConductDoc, ReportFindingsQuery } from './auditConduct.graphql';
import { useFileUrl } from './photos';
import './audit-conduct.css';

type LoadedAudit = NonNullable<ConductAuditQuery['audit']>;
type Answer = LoadedAudit['answers'][number];
type RaisedFinding = ReportFindings['findings']['edges'][number]['node'];

const OPEN_STATUSES = new Set(['PLANNED', 'IN_PROGRESS']);

function ReportPhoto({ id, alt }: { id: string; alt: string }) {
  const { t } = useTranslation();
  const url = useFileUrl(id);
  if (url === 'error') return <div className="audit-photo">{t('auditConduct.report.photoMissing')}</div>;
  if (!url)
    return (
      <div className="audit-photo" data-loading="true">
        <Spin size="small" />
      </div>
    );
  return <img src={url} alt={alt} data-testid="finding-photo" />;
}

/** Where the finding's rectification stands (or that it comes with the submission). */
function RectificationLine({ open, raised }: { open: boolean; raised: RaisedFinding | undefined }) {
  const { t } = useTranslation();
  const label = t('auditConduct.report.rectification');
  if (open)
    return (
      <div>{t('common.labelValue', { label, value: t('auditConduct.report.rectificationPending') })}</div>
    );
  if (!raised)
    return <div>{t('common.labelValue', { label, value: t('auditConduct.report.rectificationNone') })}</div>;
  const r = raised.rectification;
  return (
    <div data-testid="rectification">
      {t('common.labelValue', {
        label: t('auditConduct.report.severity'),
        value: t(`auditConduct.report.severities.${raised.severity}`),
      })}
      {raised.withdrawn ? (
        <Tag color="default" style={{ marginInlineStart: 8 }}>
          {t('auditConduct.report.withdrawn')}
        </Tag>
      ) : raised.appeal?.status === 'PENDING' ? (
        <Tag color="purple" style={{ marginInlineStart: 8 }}>
          {t('auditConduct.report.appealPending')}
        </Tag>
      ) : null}
      <br />
      {t('common.labelValue', {
        label,
        value: r
          ? t('auditConduct.report.rectificationStatus', {
              status: t(`auditConduct.report.rectificationStatuses.${r.status}`),
              due: formatDateTime(r.dueAt),
            })
          : t('auditConduct.report.rectificationNone'),
      })}
      {r?.overdue ? (
        <Tag color="red" style={{ marginInlineStart: 8 }}>
          {t('auditConduct.report.overdue')}
        </Tag>
      ) : null}
      {r?.assignee ? (
        <span style={{ marginInlineStart: 8 }}>
          {t('auditConduct.report.rectificationAssignee', { name: r.assignee.name })}
        </span>
      ) : null}
      {r ? (
        <Link className="no-print" to={`/rectifications/${r.id}`} style={{ marginInlineStart: 8 }}>
          {t('auditConduct.report.openRectification')}
        </Link>
      ) : null}
    </div>
  );
}

interface Finding {
  section: AuditTemplateSection;
  item: AuditTemplateItem;
  answer: Answer;
}

/** `/audits/:id/report`: the audit as a document, on screen and printed on A4 with its photos. */
export function ReportPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en-US';
  const [result, reexecute] = useQuery({
    query: ConductDoc,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const audit = result.data?.audit;
  // Findings and their rectifications exist once the audit is submitted.
  const submitted = Boolean(audit && !OPEN_STATUSES.has(audit.status) && audit.status !== 'CANCELLED');
  const [raised] = useQuery({
    query: ReportFindingsQuery,
    variables: { auditId: id, first: Math.min(50, Math.max(1, audit?.score?.total.failedItems.length ?? 1)) },
    pause: !submitted,
    requestPolicy: 'cache-and-network',
  });
  const raisedByItem = useMemo(
    () => new Map((raised.data?.findings.edges ?? []).map((e) => [e.node.itemKey, e.node])),
    [raised.data],
  );

  const content = audit?.templateVersion?.content as AuditTemplateContent | undefined;
  const findings = useMemo((): Finding[] => {
    if (!audit?.score || !content) return [];
    const failed = new Set(audit.score.total.failedItems);
    const answers = new Map(audit.answers.map((a) => [a.itemKey, a]));
    return content.sections.flatMap((section) =>
      section.items.flatMap((item) => {
        const answer = answers.get(item.key);
        return failed.has(item.key) && answer ? [{ section, item, answer }] : [];
      }),
    );
  }, [audit, content]);

  if (result.fetching && !audit) return <PageSkeleton />;
  if (result.error && !audit)
    return <QueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!audit?.score || !audit.templateVersion || !content)
    return <Result status="404" title={t('auditConduct.notFound')} />;
  const { score, templateVersion } = audit;
  const estateName = audit.estate?.name ?? '';

  const sectionTitle = (s: Pick<AuditTemplateSection, 'title' | 'titleEn'>) =>
    english ? s.titleEn : s.title;
  const itemTitle = (i: AuditTemplateItem) => (english ? i.titleEn : i.title);
  const total = score.total;
  const grade = total.grade ? (english ? total.grade.labelEn : total.grade.label) : t('common.none');
  const names = new Map(audit.auditors.map((u) => [u.id, u.name]));
  const open = OPEN_STATUSES.has(audit.status);

  return (
    <article className="audit-report" data-testid="audit-report">
      <Flex
        justify="space-between"
        align="flex-start"
        gap={8}
        wrap
        className="no-print"
        style={{ marginBottom: 8 }}
      >
        <Tag>{t(`auditConduct.statuses.${audit.status}`)}</Tag>
        <Flex gap={8} wrap>
          {open ? (
            <Link to={`/audits/${audit.id}/conduct`}>
              <Button icon={<EditOutlined />}>{t('auditConduct.openConduct')}</Button>
            </Link>
          ) : null}
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('auditConduct.report.print')}
          </Button>
        </Flex>
      </Flex>

      <h1>
        {t('auditConduct.reportTitle')} · {estateName}
      </h1>
      <div>
        {t(`auditConduct.kinds.${audit.kind}`)}
        {audit.title ? ` · ${audit.title}` : ''}
      </div>

      <dl className="audit-report-facts">
        {(
          [
            ['estate', estateName],
            ['kind', t(`auditConduct.kinds.${audit.kind}`)],
            ['status', t(`auditConduct.statuses.${audit.status}`)],
            ['plannedAt', formatDateTime(audit.plannedAt)],
            ['startedAt', formatDateTime(audit.startedAt)],
            ['submittedAt', formatDateTime(audit.submittedAt)],
            ['dueAt', formatDateTime(audit.dueAt)],
            [
              'auditors',
              audit.auditors.map((u) => u.name).join(t('common.nameSeparator')) || t('common.none'),
            ],
            [
              'template',
              t('auditConduct.report.templateVersion', {
                name: templateVersion.name,
                number: templateVersion.number,
              }),
            ],
          ] as const
        ).map(([key, value]) => (
          <div key={key}>
            <dt>{t(`auditConduct.report.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section className="audit-report-score" data-testid="report-score">
        <div>
          <div>{t('auditConduct.report.totalScore')}</div>
          <strong>
            {total.percent == null
              ? t('common.none')
              : t('auditConduct.report.percentScore', {
                  percent: total.percent,
                  earned: total.earned,
                  max: total.max,
                })}
          </strong>
        </div>
        <div>
          <div>{t('auditConduct.report.grade')}</div>
          <strong>{grade}</strong>
        </div>
        {total.failed ? <Tag color="red">{t('auditConduct.report.criticalFailed')}</Tag> : null}
      </section>

      <h2>{t('auditConduct.report.sectionScores')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('auditConduct.report.section')}</th>
            <th className="num">{t('auditConduct.report.score')}</th>
            <th className="num">{t('auditConduct.report.percent')}</th>
          </tr>
        </thead>
        <tbody>
          {score.sections.map((s) => {
            const section = content.sections.find((c) => c.key === s.key);
            return (
              <tr key={s.key}>
                <td>{section ? sectionTitle(section) : s.key}</td>
                <td className="num">
                  {s.earned} / {s.max}
                </td>
                <td className="num">{s.percent == null ? t('common.none') : `${s.percent}%`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>{t('auditConduct.report.findings', { count: findings.length })}</h2>
      {findings.length === 0 ? <p>{t('auditConduct.report.noFindings')}</p> : null}
      {findings.map(({ section, item, answer }, n) => (
        <section key={item.key} className="audit-finding" data-testid={`finding-${item.key}`}>
          <h3>
            {n + 1}. {sectionTitle(section)} · {itemTitle(item)}{' '}
            {item.critical ? <Tag color="red">{t('auditConduct.item.critical')}</Tag> : null}
          </h3>
          <div>
            {t('common.labelValue', {
              label: t('auditConduct.report.result'),
              value:
                answer.kind === 'SCORE'
                  ? t('auditConduct.report.scored', { score: answer.score ?? 0, max: item.maxScore })
                  : t('auditConduct.report.failed'),
            })}
          </div>
          <div>
            {t('common.labelValue', {
              label: t('auditConduct.report.standard'),
              value: english ? item.standardEn : item.standard,
            })}
          </div>
          {answer.note ? (
            <div>{t('common.labelValue', { label: t('auditConduct.report.note'), value: answer.note })}</div>
          ) : null}
          <RectificationLine open={open} raised={raisedByItem.get(item.key)} />
          {answer.answeredBy ? (
            <div style={{ color: '#6b7280', fontSize: 12 }}>
              {t('auditConduct.item.answeredBy', { name: names.get(answer.answeredBy) ?? '' })}{' '}
              {formatDateTime(answer.answeredAt)}
            </div>
          ) : null}
          {answer.photos.length > 0 ? (
            <div className="audit-finding-photos">
              {answer.photos.map((p, i) => (
                <ReportPhoto
                  key={p.id}
                  id={p.id}
                  alt={t('auditConduct.item.photoAlt', { item: itemTitle(item), n: i + 1 })}
                />
              ))}
            </div>
          ) : null}
        </section>
      ))}
    </article>
  );
}
