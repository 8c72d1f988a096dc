import {
  AUDIT_DEPARTMENTS,
  type AuditDepartment,
  type FieldProblem,
  ITEM_STANDARD_EN_MAX,
  ITEM_STANDARD_MAX,
  ITEM_TITLE_EN_MAX,
  ITEM_TITLE_MAX,
  MAX_ITEM_SCORE,
  SECTION_TITLE_EN_MAX,
  SECTION_TITLE_MAX,
} from '@anju/domain';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Collapse,
  Dropdown,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Switch,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addItem,
  addSection,
  type Draft,
  type DraftItem,
  type DraftSection,
  moveItem,
  moveSection,
  removeItem,
  removeSection,
  updateItem,
  updateSection,
} from './templateDraft';

interface Props {
  draft: Draft;
  onChange(draft: Draft): void;
  /** Problems by path (`sections.0.items.1.title`), shown on their fields. */
  problems: ReadonlyMap<string, FieldProblem>;
  problemText(problem: FieldProblem, field: string): string;
  readOnly?: boolean;
}

/** A field with its label and, when the draft has a problem there, the problem in words. */
function Field({
  label,
  path,
  problems,
  problemText,
  children,
  grow,
}: {
  label: string;
  path: string;
  problems: Props['problems'];
  problemText: Props['problemText'];
  children: ReactNode;
  grow?: boolean;
}) {
  const problem = problems.get(path);
  return (
    <Form.Item
      label={label}
      validateStatus={problem ? 'error' : undefined}
      help={problem ? problemText(problem, label) : undefined}
      style={{ marginBottom: 8, flex: grow ? '1 1 200px' : undefined, minWidth: 0 }}
    >
      {children}
    </Form.Item>
  );
}

/** Up, down and remove buttons of a section or an item: big enough to tap on a phone. */
function OrderButtons({
  first,
  last,
  onMove,
  onRemove,
  confirm,
  what,
}: {
  first: boolean;
  last: boolean;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  confirm?: string;
  what: string;
}) {
  const { t } = useTranslation();
  const remove = (
    <Button
      danger
      icon={<DeleteOutlined />}
      aria-label={`${t('auditTemplates.editor.remove')} ${what}`}
      onClick={confirm ? undefined : onRemove}
    />
  );
  return (
    <Flex gap={4}>
      <Tooltip title={t('auditTemplates.editor.moveUp')}>
        <Button
          icon={<ArrowUpOutlined />}
          disabled={first}
          aria-label={`${t('auditTemplates.editor.moveUp')} ${what}`}
          onClick={() => onMove(-1)}
        />
      </Tooltip>
      <Tooltip title={t('auditTemplates.editor.moveDown')}>
        <Button
          icon={<ArrowDownOutlined />}
          disabled={last}
          aria-label={`${t('auditTemplates.editor.moveDown')} ${what}`}
          onClick={() => onMove(1)}
        />
      </Tooltip>
      {confirm ? (
        <Popconfirm
          title={confirm}
          onConfirm={onRemove}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
        >
          {remove}
        </Popconfirm>
      ) : (
        remove
      )}
    </Flex>
  );
}

/**
 * The sections and items of a template draft: add, edit, reorder (up/down) and remove. Works at
 * 375 px: every row wraps, buttons stay 32 px or more.
 */
export function TemplateEditor({ draft, onChange, problems, problemText, readOnly }: Props) {
  const { t } = useTranslation();
  const label = (k: string) => t(`auditTemplates.fields.${k}` as 'auditTemplates.fields.name');
  const field = { problems, problemText };
  const sectionName = (s: DraftSection) => s.title || t('auditTemplates.editor.untitled');

  return (
    <Form layout="vertical" component="div" disabled={readOnly} data-testid="template-editor">
      {draft.sections.length === 0 ? (
        <Empty description={t('auditTemplates.editor.noSections')} style={{ margin: '24px 0' }} />
      ) : null}
      <Flex vertical gap={16}>
        {draft.sections.map((section, s) => {
          const base = `sections.${s}`;
          return (
            <Card
              key={section.uid}
              size="small"
              data-testid="template-section"
              title={
                <Flex align="center" gap={8} wrap style={{ padding: '8px 0' }}>
                  <Tag color="blue">{t(`auditTemplates.departments.${section.department}`)}</Tag>
                  <Typography.Text strong ellipsis style={{ maxWidth: '100%' }}>
                    {sectionName(section)}
                  </Typography.Text>
                </Flex>
              }
              extra={
                readOnly ? null : (
                  <OrderButtons
                    what={sectionName(section)}
                    first={s === 0}
                    last={s === draft.sections.length - 1}
                    onMove={(d) => onChange(moveSection(draft, s, d))}
                    onRemove={() => onChange(removeSection(draft, s))}
                    confirm={
                      section.items.length > 0
                        ? t('auditTemplates.editor.removeSectionConfirm', {
                            title: sectionName(section),
                            count: section.items.length,
                          })
                        : undefined
                    }
                  />
                )
              }
              styles={{ header: { flexWrap: 'wrap' } }}
            >
              <Flex gap={8} wrap>
                <Field label={label('department')} path={`${base}.department`} {...field}>
                  <Select<AuditDepartment>
                    aria-label={label('department')}
                    value={section.department}
                    style={{ minWidth: 140 }}
                    options={AUDIT_DEPARTMENTS.map((d) => ({
                      value: d,
                      label: t(`auditTemplates.departments.${d}`),
                    }))}
                    onChange={(department) => onChange(updateSection(draft, s, { department }))}
                  />
                </Field>
                <Field label={label('sectionTitle')} path={`${base}.title`} grow {...field}>
                  <Input
                    aria-label={label('sectionTitle')}
                    value={section.title}
                    maxLength={SECTION_TITLE_MAX}
                    onChange={(e) => onChange(updateSection(draft, s, { title: e.target.value }))}
                  />
                </Field>
                <Field label={label('sectionTitleEn')} path={`${base}.titleEn`} grow {...field}>
                  <Input
                    aria-label={label('sectionTitleEn')}
                    value={section.titleEn}
                    maxLength={SECTION_TITLE_EN_MAX}
                    onChange={(e) => onChange(updateSection(draft, s, { titleEn: e.target.value }))}
                  />
                </Field>
                <Field label={label('sectionKey')} path={`${base}.key`} {...field}>
                  <Input
                    aria-label={label('sectionKey')}
                    value={section.key}
                    style={{ width: 140 }}
                    onChange={(e) => onChange(updateSection(draft, s, { key: e.target.value }))}
                  />
                </Field>
              </Flex>
              {problems.get(`${base}.items`) ? (
                <Typography.Text type="danger">
                  {problemText(problems.get(`${base}.items`)!, t('auditTemplates.fields.itemTitle'))}
                </Typography.Text>
              ) : null}
              <Flex vertical gap={8} style={{ marginTop: 8 }}>
                {section.items.length === 0 ? (
                  <Typography.Text type="secondary">{t('auditTemplates.editor.noItems')}</Typography.Text>
                ) : null}
                {section.items.map((item, i) => (
                  <ItemEditor
                    key={item.uid}
                    item={item}
                    n={i + 1}
                    base={`${base}.items.${i}`}
                    first={i === 0}
                    last={i === section.items.length - 1}
                    readOnly={readOnly}
                    onChange={(patch) => onChange(updateItem(draft, s, i, patch))}
                    onMove={(d) => onChange(moveItem(draft, s, i, d))}
                    onRemove={() => onChange(removeItem(draft, s, i))}
                    {...field}
                  />
                ))}
              </Flex>
              {readOnly ? null : (
                <Button
                  icon={<PlusOutlined />}
                  type="dashed"
                  block
                  style={{ marginTop: 12 }}
                  onClick={() => onChange(addItem(draft, s))}
                >
                  {t('auditTemplates.editor.addItem')}
                </Button>
              )}
            </Card>
          );
        })}
      </Flex>
      {readOnly ? null : (
        <AddSection onAdd={(d) => onChange(addSection(draft, d, t(`auditTemplates.departments.${d}`)))} />
      )}
    </Form>
  );
}

function AddSection({ onAdd }: { onAdd(department: AuditDepartment): void }) {
  const { t } = useTranslation();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: AUDIT_DEPARTMENTS.map((d) => ({ key: d, label: t(`auditTemplates.departments.${d}`) })),
        onClick: ({ key }) => onAdd(key as AuditDepartment),
      }}
    >
      <Button icon={<PlusOutlined />} type="dashed" block style={{ marginTop: 16 }}>
        {t('auditTemplates.editor.addSection')}
      </Button>
    </Dropdown>
  );
}

function ItemEditor({
  item,
  n,
  base,
  first,
  last,
  readOnly,
  onChange,
  onMove,
  onRemove,
  problems,
  problemText,
}: {
  item: DraftItem;
  n: number;
  base: string;
  first: boolean;
  last: boolean;
  readOnly?: boolean;
  onChange(patch: Partial<DraftItem>): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  problems: Props['problems'];
  problemText: Props['problemText'];
}) {
  const { t } = useTranslation();
  const label = (k: string) => t(`auditTemplates.fields.${k}` as 'auditTemplates.fields.name');
  const field = { problems, problemText };
  const what = t('auditTemplates.editor.item', { n });
  const englishProblem = problems.get(`${base}.titleEn`) ?? problems.get(`${base}.standardEn`);
  return (
    <div
      data-testid="template-item"
      style={{ border: '1px solid var(--ant-color-border-secondary, #f0f0f0)', borderRadius: 8, padding: 12 }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary">{what}</Typography.Text>
          {item.critical ? <Tag color="red">{label('critical')}</Tag> : null}
        </Flex>
        {readOnly ? null : (
          <OrderButtons what={what} first={first} last={last} onMove={onMove} onRemove={onRemove} />
        )}
      </Flex>
      <Flex gap={8} wrap>
        <Field label={label('itemTitle')} path={`${base}.title`} grow {...field}>
          <Input
            aria-label={label('itemTitle')}
            value={item.title}
            maxLength={ITEM_TITLE_MAX}
            onChange={(e) => onChange({ title: e.target.value })}
          />
        </Field>
        <Field label={label('itemKey')} path={`${base}.key`} {...field}>
          <Input
            aria-label={label('itemKey')}
            value={item.key}
            style={{ width: 120 }}
            onChange={(e) => onChange({ key: e.target.value })}
          />
        </Field>
      </Flex>
      <Field label={label('standard')} path={`${base}.standard`} {...field}>
        <Input.TextArea
          aria-label={label('standard')}
          value={item.standard}
          maxLength={ITEM_STANDARD_MAX}
          autoSize={{ minRows: 2, maxRows: 6 }}
          onChange={(e) => onChange({ standard: e.target.value })}
        />
      </Field>
      <Flex gap={16} wrap align="flex-end">
        <Field label={label('maxScore')} path={`${base}.maxScore`} {...field}>
          <InputNumber<number>
            aria-label={label('maxScore')}
            value={item.maxScore}
            min={0.5}
            max={MAX_ITEM_SCORE}
            step={0.5}
            style={{ width: 120 }}
            onChange={(v) => onChange({ maxScore: v ?? null })}
          />
        </Field>
        <Field label={label('critical')} path={`${base}.critical`} {...field}>
          <Switch
            aria-label={label('critical')}
            checked={item.critical}
            onChange={(critical) => onChange({ critical })}
          />
        </Field>
      </Flex>
      <Collapse
        size="small"
        ghost
        defaultActiveKey={englishProblem ? ['en'] : []}
        items={[
          {
            key: 'en',
            label: t('auditTemplates.editor.english'),
            forceRender: true,
            children: (
              <>
                <Field label={label('itemTitleEn')} path={`${base}.titleEn`} {...field}>
                  <Input
                    aria-label={label('itemTitleEn')}
                    value={item.titleEn}
                    maxLength={ITEM_TITLE_EN_MAX}
                    onChange={(e) => onChange({ titleEn: e.target.value })}
                  />
                </Field>
                <Field label={label('standardEn')} path={`${base}.standardEn`} {...field}>
                  <Input.TextArea
                    aria-label={label('standardEn')}
                    value={item.standardEn}
                    maxLength={ITEM_STANDARD_EN_MAX}
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    onChange={(e) => onChange({ standardEn: e.target.value })}
                  />
                </Field>
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
