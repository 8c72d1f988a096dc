import {
  AUDIT_DEPARTMENTS,
  type AuditDepartment,
  createAuditTemplateInput,
  type FieldProblem,
  problemsOf,
} from '@anju/domain';
import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Skeleton,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useDomainRule } from '../../shared/domainRule';
import { formatDateTime } from '../../shared/format';
import { showServerProblems } from '../../shared/formProblems';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { AuditTemplatesQuery, CreateAuditTemplateMutation } from './auditTemplates.graphql';

type Start = 'EMPTY' | 'DEFAULTS' | 'COPY';
interface CreateValues {
  name: string;
  description?: string;
  start: Start;
  departments?: AuditDepartment[];
  copyFromTemplateId?: string;
}

/** What createAuditTemplate takes for the chosen start. */
export function createInputOf(v: CreateValues) {
  return {
    name: v.name,
    description: v.description?.trim() ? v.description : null,
    departments: v.start === 'DEFAULTS' ? (v.departments ?? []) : null,
    copyFromTemplateId: v.start === 'COPY' ? (v.copyFromTemplateId ?? null) : null,
  };
}

const checkCreate = (v: CreateValues): FieldProblem[] => {
  const problems = problemsOf(createAuditTemplateInput, createInputOf(v));
  if (v.start === 'DEFAULTS' && !v.departments?.length)
    problems.push({ path: ['departments'], reason: 'REQUIRED', message: '请选择部门' });
  if (v.start === 'COPY' && !v.copyFromTemplateId)
    problems.push({ path: ['copyFromTemplateId'], reason: 'REQUIRED', message: '请选择模板' });
  return problems;
};

/** HQ's audit templates: cards with their status, a new one from defaults, a copy or empty. */
export function AuditTemplatesPage() {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [list, refetch] = useQuery({ query: AuditTemplatesQuery, variables: { includeArchived } });
  const templates = list.data?.auditTemplates.edges.map((e) => e.node) ?? [];

  if (list.error && !list.data) return <QueryError error={list.error} onRetry={() => refetch()} />;
  return (
    <>
      <PageHeader
        title={t('auditTemplates.title')}
        subtitle={t('auditTemplates.subtitle')}
        extra={
          <>
            <Flex align="center" gap={8}>
              <Switch
                size="small"
                checked={includeArchived}
                onChange={setIncludeArchived}
                aria-label={t('auditTemplates.showArchived')}
              />
              <Typography.Text>{t('auditTemplates.showArchived')}</Typography.Text>
            </Flex>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('auditTemplates.create')}
            </Button>
          </>
        }
      />
      {!list.data ? (
        <Skeleton active />
      ) : templates.length === 0 ? (
        <Empty description={t('auditTemplates.empty')} />
      ) : (
        <Row gutter={[16, 16]} data-testid="audit-template-list">
          {templates.map((tpl) => (
            <Col key={tpl.id} xs={24} md={12} xl={8}>
              <Link to={`/audit-templates/${tpl.id}`} style={{ display: 'block' }}>
                <Card
                  hoverable
                  size="small"
                  title={tpl.name}
                  extra={<TemplateStatus archived={tpl.archived} published={tpl.publishedVersion} />}
                >
                  {tpl.description ? (
                    <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 8 }}>
                      {tpl.description}
                    </Typography.Paragraph>
                  ) : null}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {tpl.latestVersion
                      ? t('auditTemplates.versions.row', {
                          number: tpl.latestVersion.number,
                          items: tpl.latestVersion.itemCount,
                        })
                      : t('auditTemplates.versions.none')}
                    {' · '}
                    {t('auditTemplates.updatedAt', { time: formatDateTime(tpl.updatedAt) })}
                  </Typography.Text>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
      {creating ? (
        <CreateTemplateModal
          templates={templates.filter((x) => !x.archived).map((x) => ({ id: x.id, name: x.name }))}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </>
  );
}

export function TemplateStatus({ archived, published }: { archived: boolean; published: number }) {
  const { t } = useTranslation();
  if (archived) return <Tag>{t('auditTemplates.status.archived')}</Tag>;
  if (published === 0) return <Tag color="orange">{t('auditTemplates.status.draftOnly')}</Tag>;
  return <Tag color="green">{t('auditTemplates.status.published', { number: published })}</Tag>;
}

function CreateTemplateModal({
  templates,
  onClose,
}: {
  templates: { id: string; name: string }[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const problemText = useProblemText({
    name: t('auditTemplates.fields.name'),
    description: t('auditTemplates.fields.description'),
    departments: t('auditTemplates.fields.departments'),
    copyFromTemplateId: t('auditTemplates.fields.copyFrom'),
  });
  const [form] = Form.useForm<CreateValues>();
  const rule = useDomainRule(form, checkCreate, problemText);
  const start = Form.useWatch('start', form) ?? 'DEFAULTS';
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateAuditTemplateMutation);

  const onFinish = async (values: CreateValues) => {
    setFailure(null);
    const result = await create({ input: createInputOf(values) });
    if (result.data) {
      message.success(t('auditTemplates.editor.saved'));
      navigate(`/audit-templates/${result.data.createAuditTemplate.id}`);
      return;
    }
    setFailure(
      showServerProblems(
        form,
        result.error,
        ['name', 'description', 'departments', 'copyFromTemplateId'],
        problemText,
        errorText,
      ),
    );
  };

  return (
    <Modal
      open
      title={t('auditTemplates.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      confirmLoading={fetching}
      destroyOnHidden
    >
      <Form<CreateValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ start: 'DEFAULTS', departments: [...AUDIT_DEPARTMENTS] }}
        data-testid="create-template"
      >
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
        <Form.Item name="name" label={t('auditTemplates.fields.name')} rules={rule('name')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('auditTemplates.fields.description')}
          rules={rule('description')}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="start" label={t('auditTemplates.fields.start')}>
          <Radio.Group
            options={(['DEFAULTS', 'COPY', 'EMPTY'] as const).map((s) => ({
              value: s,
              label: t(`auditTemplates.start.${s}`),
              disabled: s === 'COPY' && templates.length === 0,
            }))}
          />
        </Form.Item>
        {start === 'DEFAULTS' ? (
          <Form.Item
            name="departments"
            label={t('auditTemplates.fields.departments')}
            rules={rule('departments')}
            dependencies={['start']}
          >
            <Checkbox.Group
              options={AUDIT_DEPARTMENTS.map((d) => ({
                value: d,
                label: t(`auditTemplates.departments.${d}`),
              }))}
            />
          </Form.Item>
        ) : null}
        {start === 'COPY' ? (
          <Form.Item
            name="copyFromTemplateId"
            label={t('auditTemplates.fields.copyFrom')}
            rules={rule('copyFromTemplateId')}
            dependencies={['start']}
          >
            <Select
              options={templates.map((x) => ({ value: x.id, label: x.name }))}
              showSearch
              optionFilterProp="label"
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
