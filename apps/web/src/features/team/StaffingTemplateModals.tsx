import { BUILT_IN_STAFFING_TEMPLATE_ID } from '@anju/domain';
import { Alert, App, Flex, Form, Input, Modal, Radio, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { fieldProblems } from '../../shared/errors';
import { applyProblems } from '../../shared/formProblems';
import { QueryError } from '../../shared/QueryError';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import {
  ApplyStaffingTemplateMutation,
  CreateStaffingTemplateMutation,
  StaffingTemplatesQuery,
} from './positions.graphql';

interface ApplyProps {
  open: boolean;
  estateId: string;
  onClose(): void;
  onApplied(): void;
}

/**
 * Applies the built-in 16-person template or one of the company's to the estate: only what the
 * estate lacks is added, so choosing a template twice is harmless.
 */
export function ApplyTemplateModal({ open, estateId, onClose, onApplied }: ApplyProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [choice, setChoice] = useState<string>(BUILT_IN_STAFFING_TEMPLATE_ID);
  const [templates, refetch] = useQuery({
    query: StaffingTemplatesQuery,
    pause: !open,
    requestPolicy: 'cache-and-network',
  });
  const [state, apply] = useMutation(ApplyStaffingTemplateMutation);

  useEffect(() => {
    if (open) setChoice(BUILT_IN_STAFFING_TEMPLATE_ID);
  }, [open]);

  const submit = async () => {
    const res = await apply({
      input: { estateId, templateId: choice === BUILT_IN_STAFFING_TEMPLATE_ID ? null : choice },
    });
    const r = res.data?.applyStaffingTemplate;
    if (!r) return;
    message.success(
      r.changed
        ? t('team.positions.applied', { departments: r.departmentsCreated, positions: r.positionsCreated })
        : t('team.positions.unchanged'),
    );
    onApplied();
  };

  const list = templates.data?.staffingTemplates ?? [];
  return (
    <Modal
      open={open}
      title={t('team.templates.apply')}
      onCancel={onClose}
      onOk={submit}
      okButtonProps={{ loading: state.fetching, disabled: list.length === 0 }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('team.templates.applyHint')}</Typography.Paragraph>
      <QueryError error={templates.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      {state.error ? (
        <Alert type="error" showIcon title={errorText(state.error)} style={{ marginBottom: 12 }} />
      ) : null}
      {templates.fetching && !templates.data ? (
        <Skeleton active />
      ) : (
        <Radio.Group
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          aria-label={t('team.templates.choose')}
          style={{ width: '100%' }}
        >
          <Flex vertical gap={8} style={{ width: '100%' }}>
            {list.map((tpl) => (
              <Radio key={tpl.id} value={tpl.id} data-testid={`template-${tpl.builtIn ? 'builtin' : tpl.id}`}>
                <Typography.Text strong>
                  {tpl.builtIn ? t('team.templates.builtIn') : tpl.name}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('team.templates.summary', {
                    positions: tpl.positions.length,
                    headcount: tpl.plannedHeadcount,
                  })}
                  {!tpl.builtIn && tpl.description ? ` · ${tpl.description}` : ''}
                </Typography.Text>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      )}
    </Modal>
  );
}

interface SaveProps {
  open: boolean;
  estateId: string;
  onClose(): void;
  onSaved(): void;
}

interface SaveValues {
  name: string;
  description?: string;
}

/** The company admin saves the estate's departments and positions as a company template. */
export function SaveTemplateModal({ open, estateId, onClose, onSaved }: SaveProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const problemText = useProblemText({
    name: t('team.templates.name'),
    description: t('team.templates.description'),
    fromEstateId: t('team.templates.fromEstate'),
  });
  const { message } = App.useApp();
  const [form] = Form.useForm<SaveValues>();
  const [state, create] = useMutation(CreateStaffingTemplateMutation);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setFailure(null);
    form.resetFields();
  }, [open, form]);

  const submit = async (v: SaveValues) => {
    setFailure(null);
    const res = await create({
      input: { name: v.name, description: v.description?.trim() || null, fromEstateId: estateId },
    });
    if (res.error || !res.data) {
      const problems = fieldProblems(res.error).map((p) =>
        p.path[0] === 'input' ? { ...p, path: p.path.slice(1) } : p,
      );
      const unplaced = applyProblems(form, problems, ['name', 'description'], problemText);
      setFailure(
        unplaced.length
          ? unplaced.map((p) => problemText(p)).join(t('common.listSeparator'))
          : problems.length
            ? null
            : errorText(res.error),
      );
      return;
    }
    message.success(t('team.templates.saved', { name: res.data.createStaffingTemplate.name }));
    onSaved();
  };

  return (
    <Modal
      open={open}
      title={t('team.templates.saveTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: state.fetching }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('team.templates.saveHint')}</Typography.Paragraph>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="name"
          label={t('team.templates.name')}
          rules={[{ required: true, message: t('audits.form.required') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="description" label={t('team.templates.description')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
