import {
  CameraOutlined,
  CloseOutlined,
  MinusOutlined,
  PlusOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Spin, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_ERROR_CODES } from '../../shared/errors';
import type { ItemView } from './model';
import { stepScore } from './model';
import type { AnswerPayload, PhotoRef, ServerAnswer } from './offline/queue';
import type { LocalPhoto } from './offline/useAuditOutbox';
import { useFileUrl } from './photos';

export interface ItemActions {
  save(itemKey: string, payload: AnswerPayload): Promise<void>;
  addPhoto(itemKey: string, file: File): Promise<string>;
  dropPhoto(localId: string): Promise<void>;
  keepMine(seq: number): Promise<void>;
  discard(seq: number): Promise<void>;
}

function ServerPhoto({ id, alt }: { id: string; alt: string }) {
  const { t } = useTranslation();
  const url = useFileUrl(id);
  if (url === 'error')
    return <div className="audit-photo audit-photo-missing">{t('auditConduct.report.photoMissing')}</div>;
  if (!url)
    return (
      <div className="audit-photo">
        <Spin size="small" />
      </div>
    );
  return <img className="audit-photo" src={url} alt={alt} />;
}

/** A thumbnail of a photo, stored or still on the device. */
export function PhotoThumb({
  photo,
  local,
  alt,
}: {
  photo: PhotoRef;
  local: ReadonlyMap<string, LocalPhoto>;
  alt: string;
}) {
  if ('fileId' in photo) return <ServerPhoto id={photo.fileId} alt={alt} />;
  const l = local.get(photo.localId);
  if (!l) return null;
  return <img className="audit-photo" src={l.url} alt={alt} data-local="true" />;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(CLIENT_ERROR_CODES);
const refusalCode = (code: string | undefined) => (code && KNOWN_CODES.has(code) ? code : 'UNKNOWN');

function answerText(t: TFunction, a: Pick<ServerAnswer, 'kind' | 'score'>, max: number) {
  switch (a.kind) {
    case 'PASS':
      return t('auditConduct.item.pass');
    case 'FAIL':
      return t('auditConduct.item.fail');
    case 'NOT_APPLICABLE':
      return t('auditConduct.item.notApplicable');
    case 'SCORE':
      return t('auditConduct.item.scoreOf', { score: a.score ?? 0, max });
  }
}

/**
 * One item of the form: the result (pass / fail / n.a. or a score in half steps), a note and
 * photos. Every change is saved at once through the device's outbox; the note when it loses focus.
 */
export function ItemCard({
  view,
  index,
  english,
  readOnly,
  localPhotos,
  names,
  meId,
  draftPhotos,
  actions,
}: {
  /** Auditors' names by user id. */
  names: ReadonlyMap<string, string>;
  meId: string;
  view: ItemView;
  index: number;
  english: boolean;
  readOnly: boolean;
  localPhotos: ReadonlyMap<string, LocalPhoto>;
  /** Photos taken for this item before it had a result. */
  draftPhotos: LocalPhoto[];
  actions: ItemActions;
}) {
  const { t } = useTranslation();
  const { item, answer, entry, server } = view;
  const title = english ? item.titleEn : item.title;
  const standard = english ? item.standardEn : item.standard;
  const [showStandard, setShowStandard] = useState(false);
  const [note, setNote] = useState(answer?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const noteId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const editingNote = useRef(false);

  // A saved or incoming answer updates the note unless the auditor is typing in it.
  useEffect(() => {
    if (!editingNote.current) setNote(answer?.note ?? '');
  }, [answer?.note]);

  const photos: PhotoRef[] = [...(answer?.photos ?? []), ...draftPhotos.map((p) => ({ localId: p.localId }))];

  async function save(change: Partial<AnswerPayload>) {
    const kind = change.kind ?? answer?.kind;
    if (!kind) return;
    setError(null);
    try {
      await actions.save(item.key, {
        kind,
        score: kind === 'SCORE' ? (change.score ?? answer?.score ?? item.maxScore) : null,
        note: change.note ?? note,
        photos: change.photos ?? photos,
      });
    } catch (e) {
      setError(t('auditConduct.sync.saveFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  async function onFiles(files: FileList | null) {
    if (!files?.length) return;
    const added: PhotoRef[] = [];
    for (const file of Array.from(files)) added.push({ localId: await actions.addPhoto(item.key, file) });
    // With a result already chosen, the photo is saved with it; otherwise it waits as a draft.
    if (answer?.kind) await save({ photos: [...(answer.photos ?? []), ...added] });
    if (fileInput.current) fileInput.current.value = '';
  }

  async function removePhoto(ref: PhotoRef) {
    const rest = photos.filter((p) => p !== ref);
    if (answer?.kind) await save({ photos: rest });
    if ('localId' in ref) await actions.dropPhoto(ref.localId);
  }

  const kind = answer?.kind;
  const status = entry
    ? entry.status === 'pending'
      ? 'waiting'
      : entry.status
    : server
      ? 'saved'
      : 'unanswered';

  return (
    <Card
      size="small"
      className={`audit-item audit-item-${status}`}
      data-testid={`item-${item.key}`}
      data-status={status}
      title={
        <Flex vertical gap={2} style={{ whiteSpace: 'normal', padding: '6px 0' }}>
          <Typography.Text strong>
            {index}. {title}
          </Typography.Text>
          <Flex gap={4} wrap>
            <Tag>{t('auditConduct.item.maxScore', { max: item.maxScore })}</Tag>
            {item.critical ? <Tag color="red">{t('auditConduct.item.critical')}</Tag> : null}
            {status === 'saved' ? <Tag color="green">{t('auditConduct.item.saved')}</Tag> : null}
            {status === 'waiting' ? <Tag color="gold">{t('auditConduct.item.waiting')}</Tag> : null}
            {status === 'unanswered' ? <Tag>{t('auditConduct.item.unanswered')}</Tag> : null}
            {status === 'saved' && server?.answeredBy && server.answeredBy !== meId ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('auditConduct.item.answeredBy', {
                  name: names.get(server.answeredBy) ?? t('auditConduct.conflict.someone'),
                })}
              </Typography.Text>
            ) : null}
          </Flex>
        </Flex>
      }
    >
      <Button
        type="link"
        size="small"
        style={{ padding: 0, minHeight: 44 }}
        aria-expanded={showStandard}
        onClick={() => setShowStandard((v) => !v)}
      >
        {showStandard ? t('auditConduct.item.hideStandard') : t('auditConduct.item.showStandard')}
      </Button>
      {showStandard ? (
        <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
          {standard}
        </Typography.Paragraph>
      ) : null}

      {entry?.status === 'conflict' && entry.conflict ? (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          style={{ marginBottom: 12 }}
          title={t('auditConduct.conflict.title', {
            name:
              (entry.conflict.answeredBy && names.get(entry.conflict.answeredBy)) ??
              t('auditConduct.conflict.someone'),
          })}
          description={
            <Flex vertical gap={8}>
              <span>
                {t('common.labelValue', {
                  label: t('auditConduct.conflict.theirs'),
                  value: answerText(t, entry.conflict, item.maxScore),
                })}
                {entry.conflict.note ? ` · ${entry.conflict.note}` : ''}
              </span>
              <span>
                {t('common.labelValue', {
                  label: t('auditConduct.conflict.mine'),
                  value: answerText(t, entry.payload, item.maxScore),
                })}
                {entry.payload.note ? ` · ${entry.payload.note}` : ''}
              </span>
              <Flex gap={8} wrap>
                <Button className="tap" type="primary" onClick={() => void actions.keepMine(entry.seq)}>
                  {t('auditConduct.conflict.keepMine')}
                </Button>
                <Button className="tap" onClick={() => void actions.discard(entry.seq)}>
                  {t('auditConduct.conflict.takeTheirs')}
                </Button>
              </Flex>
            </Flex>
          }
        />
      ) : null}
      {entry?.status === 'rejected' ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('auditConduct.rejected.title', {
            reason: t(`errors.${refusalCode(entry.rejectedCode)}` as 'errors.UNKNOWN'),
          })}
          action={
            <Button className="tap" onClick={() => void actions.discard(entry.seq)}>
              {t('auditConduct.rejected.discard')}
            </Button>
          }
        />
      ) : null}

      {readOnly ? (
        <div className="audit-answer-readonly" data-testid="answer">
          {kind ? (
            <Tag
              color={
                kind === 'FAIL'
                  ? 'red'
                  : kind === 'NOT_APPLICABLE'
                    ? 'default'
                    : kind === 'SCORE' && (answer?.score ?? 0) < item.maxScore
                      ? 'orange'
                      : 'green'
              }
            >
              {answerText(t, { kind, score: answer?.score ?? null }, item.maxScore)}
            </Tag>
          ) : (
            <Tag>{t('auditConduct.item.unanswered')}</Tag>
          )}
        </div>
      ) : (
        <>
          <fieldset className="audit-answer-row" aria-label={title}>
            <Button
              className="tap"
              type={kind === 'PASS' ? 'primary' : 'default'}
              aria-pressed={kind === 'PASS'}
              disabled={readOnly}
              onClick={() => void save({ kind: 'PASS' })}
            >
              {t('auditConduct.item.pass')}
            </Button>
            <Button
              className="tap"
              type={kind === 'FAIL' ? 'primary' : 'default'}
              danger
              aria-pressed={kind === 'FAIL'}
              disabled={readOnly}
              onClick={() => void save({ kind: 'FAIL' })}
            >
              {t('auditConduct.item.fail')}
            </Button>
            <Button
              className="tap"
              type={kind === 'NOT_APPLICABLE' ? 'primary' : 'default'}
              aria-pressed={kind === 'NOT_APPLICABLE'}
              disabled={readOnly}
              onClick={() => void save({ kind: 'NOT_APPLICABLE' })}
            >
              {t('auditConduct.item.notApplicable')}
            </Button>
          </fieldset>
          <Flex align="center" gap={8} className="audit-score-row">
            <Typography.Text type="secondary">{t('auditConduct.item.score')}</Typography.Text>
            <Button
              className="tap"
              icon={<MinusOutlined />}
              aria-label={t('auditConduct.item.decrease')}
              disabled={readOnly || (kind === 'SCORE' && (answer?.score ?? 0) <= 0)}
              onClick={() => void save({ kind: 'SCORE', score: stepScore(item, answer, -1) })}
            />
            <output className="audit-score-value" aria-live="polite">
              {kind === 'SCORE'
                ? t('auditConduct.item.scoreOf', { score: answer?.score ?? 0, max: item.maxScore })
                : kind === 'PASS'
                  ? t('auditConduct.item.scoreOf', { score: item.maxScore, max: item.maxScore })
                  : kind === 'FAIL'
                    ? t('auditConduct.item.scoreOf', { score: 0, max: item.maxScore })
                    : t('common.none')}
            </output>
            <Button
              className="tap"
              icon={<PlusOutlined />}
              aria-label={t('auditConduct.item.increase')}
              disabled={readOnly || (kind === 'SCORE' && (answer?.score ?? 0) >= item.maxScore)}
              onClick={() => void save({ kind: 'SCORE', score: stepScore(item, answer, 1) })}
            />
          </Flex>
        </>
      )}

      <label htmlFor={noteId} className="audit-label">
        {t('auditConduct.item.note')}
      </label>
      <Input.TextArea
        id={noteId}
        value={note}
        maxLength={2000}
        autoSize={{ minRows: 1, maxRows: 6 }}
        placeholder={t('auditConduct.item.notePlaceholder')}
        disabled={readOnly}
        onFocus={() => {
          editingNote.current = true;
        }}
        onChange={(e) => setNote(e.target.value)}
        onBlur={() => {
          editingNote.current = false;
          if (answer?.kind && note !== (answer.note ?? '')) void save({ note });
        }}
        style={{ fontSize: 16 }}
      />

      <div className="audit-label">{t('auditConduct.item.photos')}</div>
      <div className="audit-photos">
        {photos.map((ref, i) => (
          <div key={'fileId' in ref ? ref.fileId : ref.localId} className="audit-photo-cell">
            <PhotoThumb
              photo={ref}
              local={localPhotos}
              alt={t('auditConduct.item.photoAlt', { item: title, n: i + 1 })}
            />
            {readOnly ? null : (
              <Button
                size="small"
                shape="circle"
                className="audit-photo-remove"
                icon={<CloseOutlined />}
                aria-label={t('auditConduct.item.removePhoto')}
                onClick={() => void removePhoto(ref)}
              />
            )}
          </div>
        ))}
        {readOnly ? null : (
          <label className="audit-photo-add tap">
            <CameraOutlined style={{ fontSize: 20 }} />
            <span>{t('auditConduct.item.addPhoto')}</span>
            <input
              ref={fileInput}
              type="file"
              accept="image/*"
              capture="environment"
              multiple
              hidden
              onChange={(e) => void onFiles(e.target.files)}
            />
          </label>
        )}
      </div>
      {!kind && (draftPhotos.length > 0 || note) ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('auditConduct.item.needAnswerFirst')}
        </Typography.Text>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} /> : null}
    </Card>
  );
}
