import type { AuditTemplateContent } from '@anju/domain';
import { ArrowLeftOutlined, ArrowRightOutlined, FileTextOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Progress, Result, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useSession } from '../../app/session';
import type { ConductAuditQuery } from '../../gql/graphql';
import { errorCode } from '../../shared/errors';
import { PageSkeleton } from '../../shared/PageSkeleton';
import { QueryError } from '../../shared/QueryError';
import { useErrorText } from '../../shared/useErrorText';
import {
  ConductAuditChangedSubscription,
  ConductAuditQuery as ConductDoc,
  SubmitAuditMutation,
} from './auditConduct.graphql';
import { type ItemActions, ItemCard } from './ItemCard';
import { itemViews, liveScore, syncBadge } from './model';
import type { ServerAnswer } from './offline/queue';
import { serverAnswerOf } from './offline/transport';
import { type LocalPhoto, useAuditOutbox } from './offline/useAuditOutbox';
import { SyncStatus } from './SyncStatus';
import './audit-conduct.css';

type QueriedAudit = NonNullable<ConductAuditQuery['audit']>;
type LoadedAudit = QueriedAudit & { templateVersion: NonNullable<QueriedAudit['templateVersion']> };

const OPEN_STATUSES = new Set(['PLANNED', 'IN_PROGRESS']);

/** Keeps the newer of two answers of an item (by version). */
function merge(map: Map<string, ServerAnswer>, answers: readonly ServerAnswer[]): Map<string, ServerAnswer> {
  let next = map;
  for (const a of answers) {
    const known = next.get(a.itemKey);
    if (known && known.version >= a.version) continue;
    if (next === map) next = new Map(map);
    next.set(a.itemKey, a);
  }
  return next;
}

/** `/audits/:id/conduct`: the auditor's form, phone first, that keeps working offline. */
export function ConductPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [result, reexecute] = useQuery({ query: ConductDoc, variables: { id } });
  const audit = result.data?.audit;
  if (result.fetching && !audit) return <PageSkeleton />;
  if (result.error && !audit)
    return <QueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!audit?.templateVersion) return <Result status="404" title={t('auditConduct.notFound')} />;
  return <ConductForm key={audit.id} audit={{ ...audit, templateVersion: audit.templateVersion }} />;
}

function ConductForm({ audit }: { audit: LoadedAudit }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en-US';
  const { me, company } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const content = audit.templateVersion.content as AuditTemplateContent;
  const [status, setStatus] = useState(audit.status);
  const [server, setServer] = useState(() => merge(new Map(), audit.answers.map(serverAnswerOf)));
  const [sectionIndex, setSectionIndex] = useState(0);
  const top = useRef<HTMLDivElement>(null);

  const onSaved = useCallback((answer: ServerAnswer) => setServer((m) => merge(m, [answer])), []);
  const outbox = useAuditOutbox({ auditId: audit.id, owner: `${me.id}@${company?.id ?? ''}`, onSaved });

  // Another auditor's answers and a submission arrive live.
  const [live] = useSubscription({
    query: ConductAuditChangedSubscription,
    variables: { auditId: audit.id },
  });
  const liveEvent = live.data?.auditChanged;
  const itemTitles = useMemo(() => {
    const m = new Map<string, string>();
    for (const s of content.sections) for (const i of s.items) m.set(i.key, english ? i.titleEn : i.title);
    return m;
  }, [content, english]);
  const names = useMemo(() => new Map(audit.auditors.map((u) => [u.id, u.name])), [audit.auditors]);
  useEffect(() => {
    if (!liveEvent?.audit || liveEvent.auditId !== audit.id) return;
    setStatus(liveEvent.audit.status);
    const answers = liveEvent.audit.answers.map(serverAnswerOf);
    setServer((m) => merge(m, answers));
    const changed = liveEvent.itemKey ? answers.find((a) => a.itemKey === liveEvent.itemKey) : undefined;
    if (changed?.answeredBy && changed.answeredBy !== me.id)
      message.info(
        t('auditConduct.live', {
          name: names.get(changed.answeredBy) ?? t('auditConduct.conflict.someone'),
          item: itemTitles.get(changed.itemKey) ?? changed.itemKey,
        }),
      );
  }, [liveEvent, audit.id, me.id, message, t, itemTitles, names]);

  const views = useMemo(() => itemViews(content, server, outbox.entries), [content, server, outbox.entries]);
  const score = useMemo(() => liveScore(content, views), [content, views]);
  const badge = syncBadge(outbox.sync, outbox.entries);
  const localPhotos = useMemo(() => new Map(outbox.photos.map((p) => [p.localId, p])), [outbox.photos]);
  const drafts = useMemo(() => {
    const m = new Map<string, LocalPhoto[]>();
    for (const p of outbox.photos) if (!p.queued) m.set(p.itemKey, [...(m.get(p.itemKey) ?? []), p]);
    return m;
  }, [outbox.photos]);

  const readOnly = !OPEN_STATUSES.has(status);
  const section = content.sections[Math.min(sectionIndex, content.sections.length - 1)];
  const sectionScore = score.sections.find((s) => s.key === section?.key);
  const answeredIn = (keys: readonly { key: string }[]) =>
    keys.filter((i) => views.get(i.key)?.answer).length;
  const firstIndex = content.sections.slice(0, sectionIndex).reduce((n, s) => n + s.items.length, 0);

  const actions: ItemActions = useMemo(
    () => ({
      save: (itemKey, payload) => outbox.save(itemKey, server.get(itemKey)?.version ?? 0, payload),
      addPhoto: (itemKey, file) => outbox.addPhoto(itemKey, file, file.name || `${itemKey}.jpg`),
      dropPhoto: outbox.dropPhoto,
      keepMine: outbox.keepMine,
      discard: outbox.discard,
    }),
    [outbox.save, outbox.addPhoto, outbox.dropPhoto, outbox.keepMine, outbox.discard, server],
  );

  const [submitting, submit] = useMutation(SubmitAuditMutation);
  const blocked = readOnly
    ? t('auditConduct.submitBlocked.status')
    : !outbox.sync.online
      ? t('auditConduct.submitBlocked.offline')
      : outbox.entries.length > 0
        ? t('auditConduct.submitBlocked.pending')
        : score.total.unanswered > 0
          ? t('auditConduct.submitBlocked.unanswered', { count: score.total.unanswered })
          : null;
  async function onSubmit() {
    const res = await submit({ input: { id: audit.id } });
    if (res.error) {
      message.error(errorText(res.error));
      if (errorCode(res.error) === 'CONFLICT') setStatus(audit.status);
      return;
    }
    message.success(t('auditConduct.submitted'));
    navigate(`/audits/${audit.id}/report`);
  }

  function goTo(index: number) {
    setSectionIndex(index);
    top.current?.scrollIntoView({ block: 'start' });
  }

  const kindLabel = t(`auditConduct.kinds.${audit.kind}`);
  const pct = (p: number | null) =>
    p == null ? t('common.none') : t('auditConduct.summary.percent', { percent: p });

  return (
    <div className="audit-conduct" ref={top}>
      <div className="audit-conduct-head">
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {audit.estate?.name}
            </Typography.Title>
            <Typography.Text type="secondary">
              {kindLabel}
              {audit.title ? ` · ${audit.title}` : ''}
            </Typography.Text>
          </div>
          <Flex gap={6} align="center" wrap>
            <Tag>{t(`auditConduct.statuses.${status}`)}</Tag>
            <SyncStatus badge={badge} />
          </Flex>
        </Flex>
        <Flex className="audit-summary" gap={12} wrap align="center" data-testid="audit-summary">
          <span>
            {t('auditConduct.summary.total')}{' '}
            <strong data-testid="total-percent">{pct(score.total.percent)}</strong>{' '}
            <Typography.Text type="secondary">
              {t('auditConduct.summary.points', { earned: score.total.earned, max: score.total.max })}
            </Typography.Text>
          </span>
          <span>
            {t('auditConduct.summary.section')} <strong>{pct(sectionScore?.percent ?? null)}</strong>
          </span>
          <span data-testid="unanswered">
            {score.total.unanswered > 0
              ? t('auditConduct.summary.unanswered', { count: score.total.unanswered })
              : t('auditConduct.summary.allAnswered')}
          </span>
          {score.total.failed ? <Tag color="red">{t('auditConduct.summary.criticalFailed')}</Tag> : null}
        </Flex>
      </div>

      {!outbox.sync.online ? (
        <Alert
          type="warning"
          showIcon
          title={t('auditConduct.sync.offlineHint')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {outbox.unavailable ? (
        <Alert
          type="error"
          showIcon
          title={t('auditConduct.sync.unavailable')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {outbox.restored > 0 ? (
        <Alert
          type="info"
          showIcon
          closable
          data-testid="restored"
          title={t('auditConduct.sync.restored', { count: outbox.restored })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {readOnly ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('auditConduct.readOnly', { status: t(`auditConduct.statuses.${status}`) })}
          action={
            <Link to={`/audits/${audit.id}/report`}>
              <Button icon={<FileTextOutlined />}>{t('auditConduct.openReport')}</Button>
            </Link>
          }
        />
      ) : null}

      <nav className="audit-sections" aria-label={t('auditConduct.sections')}>
        {content.sections.map((s, i) => {
          const answered = answeredIn(s.items);
          return (
            <button
              key={s.key}
              type="button"
              className={`audit-section-chip${i === sectionIndex ? ' active' : ''}`}
              aria-current={i === sectionIndex ? 'step' : undefined}
              onClick={() => goTo(i)}
            >
              <span className="audit-section-name">{english ? s.titleEn : s.title}</span>
              <Progress
                type="circle"
                size={22}
                percent={s.items.length ? (answered / s.items.length) * 100 : 100}
                showInfo={false}
              />
              <span className="audit-section-count">
                {t('auditConduct.sectionProgress', { answered, total: s.items.length })}
              </span>
            </button>
          );
        })}
      </nav>

      {section ? (
        <div className="audit-items">
          {section.items.map((item, i) => (
            <ItemCard
              key={item.key}
              view={views.get(item.key)!}
              index={firstIndex + i + 1}
              english={english}
              readOnly={readOnly || !outbox.ready}
              localPhotos={localPhotos}
              names={names}
              meId={me.id}
              draftPhotos={drafts.get(item.key) ?? []}
              actions={actions}
            />
          ))}
        </div>
      ) : null}

      <Flex className="audit-footer" gap={8} justify="space-between" wrap>
        <Button
          className="tap"
          icon={<ArrowLeftOutlined />}
          disabled={sectionIndex === 0}
          onClick={() => goTo(sectionIndex - 1)}
        >
          {t('auditConduct.prevSection')}
        </Button>
        {sectionIndex < content.sections.length - 1 ? (
          <Button className="tap" type="primary" onClick={() => goTo(sectionIndex + 1)}>
            {t('auditConduct.nextSection')} <ArrowRightOutlined />
          </Button>
        ) : (
          <Popconfirm
            title={t('auditConduct.submitConfirm')}
            onConfirm={onSubmit}
            disabled={Boolean(blocked)}
          >
            <Button
              className="tap"
              type="primary"
              icon={<SendOutlined />}
              disabled={Boolean(blocked)}
              loading={submitting.fetching}
            >
              {t('auditConduct.submit')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {blocked && !readOnly && sectionIndex === content.sections.length - 1 ? (
        <Typography.Text type="secondary" className="audit-submit-hint" data-testid="submit-hint">
          {blocked}
        </Typography.Text>
      ) : null}
    </div>
  );
}
