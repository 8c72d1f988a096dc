import { type FieldProblem, problemsOf, updateAuditTemplateInput } from '@anju/domain';
import {
  ArrowLeftOutlined,
  DownloadOutlined,
  EditOutlined,
  InboxOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Dropdown,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { errorCode, fieldProblems } from '../../shared/errors';
import { downloadFile, useFileErrorText } from '../../shared/files';
import { formatDateTime } from '../../shared/format';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { TemplateStatus } from './AuditTemplatesPage';
import {
  ArchiveAuditTemplateMutation,
  AuditTemplateQuery,
  ExportAuditTemplateMutation,
  PublishAuditTemplateMutation,
  UpdateAuditTemplateMutation,
} from './auditTemplates.graphql';
import { TemplateEditor } from './TemplateEditor';
import { TemplateImportModal } from './TemplateImportModal';
import {
  type Draft,
  draftProblems,
  fromContent,
  problemsByPath,
  sameContent,
  toInput,
  totals,
} from './templateDraft';

/** One template: edit the draft, save, publish versions, import/export .xlsx, archive. */
export function AuditTemplateEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const fileErrorText = useFileErrorText();
  const problemText = useProblemText();
  const [query, refetch] = useQuery({ query: AuditTemplateQuery, variables: { id } });
  const template = query.data?.auditTemplate;
  const [draft, setDraft] = useState<Draft>({ sections: [] });
  const [baseline, setBaseline] = useState<Draft>({ sections: [] });
  /** The template version the local draft builds on (what the next save sends). */
  const [version, setVersion] = useState<number | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<{ text: string; stale: boolean } | null>(null);
  const [importing, setImporting] = useState(false);
  const [editingDetails, setEditingDetails] = useState(false);
  const [saving, save] = useMutation(UpdateAuditTemplateMutation);
  const [publishing, publish] = useMutation(PublishAuditTemplateMutation);
  const [, archive] = useMutation(ArchiveAuditTemplateMutation);
  const [exporting, exportFile] = useMutation(ExportAuditTemplateMutation);

  // A newer version from the server (first load, a reload after CONFLICT) replaces the draft; only
  // a new server version resets the editor, not each render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the server's version alone
  useEffect(() => {
    if (!template || template.version === version) return;
    if (version !== null && template.version < version) return;
    // Someone else's newer version never silently replaces unsaved work: saving then says CONFLICT.
    if (version !== null && !sameContent(draft, baseline)) return;
    const loaded = fromContent(template.draft);
    setDraft(loaded);
    setBaseline(loaded);
    setVersion(template.version);
    setProblems([]);
    setFailure(null);
  }, [template?.version, template?.id]);

  const dirty = !sameContent(draft, baseline);
  const byPath = useMemo(() => problemsByPath(problems), [problems]);
  const sum = totals(draft);
  const readOnly = template?.archived ?? false;

  const showFailure = (error: CombinedError | undefined) => {
    const fields = fieldProblems(error).filter((p) => p.path[0] === 'draft');
    if (fields.length > 0) setProblems(fields);
    const code = errorCode(error);
    setFailure({
      text:
        fields.length > 0 ? t('auditTemplates.editor.invalid', { count: fields.length }) : errorText(error),
      stale: code === 'CONFLICT',
    });
  };

  /** Saves the draft when it changed; answers the version to continue from, or null on failure. */
  const saveDraft = async (): Promise<number | null> => {
    if (!template || version === null) return null;
    if (!dirty) return version;
    const local = draftProblems(draft);
    setProblems(local);
    if (local.length > 0) {
      setFailure({ text: t('auditTemplates.editor.invalid', { count: local.length }), stale: false });
      return null;
    }
    const result = await save({ input: { id: template.id, version, draft: toInput(draft) } });
    if (!result.data) {
      showFailure(result.error);
      return null;
    }
    const next = result.data.updateAuditTemplate.version;
    setVersion(next);
    setBaseline(draft);
    setFailure(null);
    message.success(t('auditTemplates.editor.saved'));
    return next;
  };

  const doPublish = async () => {
    if (!template) return;
    const local = draftProblems(draft, true);
    setProblems(local);
    if (local.length > 0) {
      setFailure({ text: t('auditTemplates.editor.invalid', { count: local.length }), stale: false });
      return;
    }
    const from = await saveDraft();
    if (from === null) return;
    const result = await publish({ input: { id: template.id, version: from } });
    if (!result.data) return showFailure(result.error);
    const published = result.data.publishAuditTemplate;
    setVersion(published.version);
    setFailure(null);
    if (published.publishedVersion === template.publishedVersion)
      message.info(t('auditTemplates.editor.nothingToPublish'));
    else message.success(t('auditTemplates.editor.published', { number: published.publishedVersion }));
  };

  const doExport = async (number: number | null) => {
    if (!template) return;
    const result = await exportFile({ input: { id: template.id, number } });
    if (!result.data) return message.error(errorText(result.error));
    try {
      await downloadFile(result.data.exportAuditTemplate);
    } catch (error) {
      message.error(fileErrorText(error));
    }
  };

  const doArchive = async () => {
    if (!template) return;
    const result = await archive({ input: { id: template.id } });
    if (!result.data) return message.error(errorText(result.error));
    message.success(t('auditTemplates.editor.archived'));
    setVersion(result.data.archiveAuditTemplate.version);
  };

  if (query.error && !template) return <QueryError error={query.error} onRetry={() => refetch()} />;
  if (!template) return <Skeleton active paragraph={{ rows: 8 }} />;

  const versions = template.versions;
  return (
    <>
      <Link to="/audit-templates">
        <Space size={4} style={{ marginBottom: 8 }}>
          <ArrowLeftOutlined />
          {t('auditTemplates.editor.back')}
        </Space>
      </Link>
      <PageHeader
        title={
          <Flex align="center" gap={8} wrap>
            <span>{template.name}</span>
            <TemplateStatus archived={template.archived} published={template.publishedVersion} />
            {dirty ? <Tag color="gold">{t('auditTemplates.status.unsaved')}</Tag> : null}
          </Flex>
        }
        subtitle={t('auditTemplates.summary', {
          sections: sum.sections,
          items: sum.items,
          maxScore: sum.maxScore,
        })}
        extra={
          readOnly ? null : (
            <>
              <Button onClick={() => void saveDraft()} loading={saving.fetching} disabled={!dirty}>
                {t('auditTemplates.editor.save')}
              </Button>
              <Popconfirm
                title={t('auditTemplates.editor.publishConfirm', { number: template.publishedVersion + 1 })}
                description={<div style={{ maxWidth: 280 }}>{t('auditTemplates.editor.publishHint')}</div>}
                onConfirm={() => void doPublish()}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
              >
                <Button type="primary" loading={publishing.fetching}>
                  {t('auditTemplates.editor.publish')}
                </Button>
              </Popconfirm>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('auditTemplates.excel.import')}
              </Button>
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'draft', label: t('auditTemplates.excel.exportDraft') },
                    ...versions.map((v) => ({
                      key: String(v.number),
                      label: t('auditTemplates.excel.exportVersion', { number: v.number }),
                    })),
                  ],
                  onClick: ({ key }) => void doExport(key === 'draft' ? null : Number(key)),
                }}
              >
                <Button icon={<DownloadOutlined />} loading={exporting.fetching}>
                  {t('auditTemplates.excel.export')}
                </Button>
              </Dropdown>
              <Button icon={<EditOutlined />} onClick={() => setEditingDetails(true)}>
                {t('auditTemplates.editor.details')}
              </Button>
              <Popconfirm
                title={<div style={{ maxWidth: 280 }}>{t('auditTemplates.editor.archiveConfirm')}</div>}
                onConfirm={() => void doArchive()}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
              >
                <Button danger icon={<InboxOutlined />}>
                  {t('auditTemplates.editor.archive')}
                </Button>
              </Popconfirm>
            </>
          )
        }
      />
      {readOnly ? (
        <Alert
          type="info"
          showIcon
          title={t('auditTemplates.editor.readOnly')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {failure ? (
        <Alert
          type="error"
          showIcon
          title={failure.text}
          style={{ marginBottom: 16 }}
          data-testid="editor-failure"
          action={
            failure.stale ? (
              <Button
                size="small"
                onClick={() => {
                  setVersion(null);
                  refetch({ requestPolicy: 'network-only' });
                }}
              >
                {t('common.reload')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={17}>
          <TemplateEditor
            draft={draft}
            onChange={setDraft}
            problems={byPath}
            problemText={problemText}
            readOnly={readOnly}
          />
        </Col>
        <Col xs={24} lg={7}>
          <Card size="small" title={t('auditTemplates.versions.title')} data-testid="template-versions">
            {versions.length === 0 ? (
              <Typography.Text type="secondary">{t('auditTemplates.versions.none')}</Typography.Text>
            ) : (
              <Flex vertical gap={8}>
                {versions.map((v) => (
                  <Flex key={v.id} justify="space-between" align="center" gap={8}>
                    <div style={{ minWidth: 0 }}>
                      <Typography.Text strong>
                        {t('auditTemplates.versions.row', { number: v.number, items: v.itemCount })}
                      </Typography.Text>
                      <br />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('auditTemplates.versions.publishedAt', { time: formatDateTime(v.publishedAt) })}
                      </Typography.Text>
                    </div>
                    <Button size="small" icon={<DownloadOutlined />} onClick={() => void doExport(v.number)}>
                      {t('auditTemplates.versions.export')}
                    </Button>
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
      {importing && version !== null ? (
        <TemplateImportModal
          id={template.id}
          version={version}
          unsaved={dirty}
          onClose={() => setImporting(false)}
          onImported={(imported) => {
            const loaded = fromContent(imported.draft);
            setDraft(loaded);
            setBaseline(loaded);
            setVersion(imported.version);
            setProblems([]);
            setFailure(null);
          }}
        />
      ) : null}
      {editingDetails && version !== null ? (
        <DetailsModal
          id={template.id}
          version={version}
          name={template.name}
          description={template.description ?? ''}
          onClose={() => setEditingDetails(false)}
          onSaved={(next) => setVersion(next)}
        />
      ) : null}
    </>
  );
}

interface DetailsValues {
  name: string;
  description: string;
}

function DetailsModal({
  id,
  version,
  name,
  description,
  onClose,
  onSaved,
}: {
  id: string;
  version: number;
  name: string;
  description: string;
  onClose(): void;
  onSaved(version: number): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const problemText = useProblemText({
    name: t('auditTemplates.fields.name'),
    description: t('auditTemplates.fields.description'),
  });
  const [form] = Form.useForm<DetailsValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(UpdateAuditTemplateMutation);
  const onFinish = async (v: DetailsValues) => {
    const input = { name: v.name, description: v.description.trim() ? v.description : null };
    const local = problemsOf(updateAuditTemplateInput, input);
    if (local.length > 0) {
      form.setFields(
        local.map((p) => ({ name: p.path[0] as keyof DetailsValues, errors: [problemText(p)] })),
      );
      return;
    }
    const result = await save({ input: { id, version, ...input } });
    if (!result.data) {
      const fields = fieldProblems(result.error);
      if (fields.length > 0)
        form.setFields(
          fields.map((p) => ({ name: p.path[0] as keyof DetailsValues, errors: [problemText(p)] })),
        );
      else setFailure(errorText(result.error));
      return;
    }
    onSaved(result.data.updateAuditTemplate.version);
    onClose();
  };
  return (
    <Modal
      open
      title={t('auditTemplates.editor.details')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      destroyOnHidden
    >
      <Form<DetailsValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name, description }}
        onFinish={onFinish}
      >
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
        <Form.Item name="name" label={t('auditTemplates.fields.name')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="description" label={t('auditTemplates.fields.description')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
