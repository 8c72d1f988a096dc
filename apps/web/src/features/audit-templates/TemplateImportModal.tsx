import type { FieldProblem } from '@anju/domain';
import { Alert, App, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ImportAuditTemplateItemsMutation as Imported } from '../../gql/graphql';
import { type CellProblem, cellProblems } from '../../shared/cellProblems';
import { fieldProblems } from '../../shared/errors';
import { type FileRef, FileRequestError, uploadFile, useFileErrorText } from '../../shared/files';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { XlsxDragger } from '../../shared/XlsxDragger';
import { ImportAuditTemplateItemsMutation } from './auditTemplates.graphql';

interface Props {
  id: string;
  version: number;
  /** The draft has unsaved changes that the import replaces. */
  unsaved: boolean;
  onClose(): void;
  onImported(template: Imported['importAuditTemplateItems']): void;
}

/** Column keys of the file (params.column) → the editor's field names. */
const COLUMN_FIELD: Record<string, string> = {
  section_key: 'sectionKey',
  department: 'department',
  section_title: 'sectionTitle',
  section_title_en: 'sectionTitleEn',
  item_key: 'itemKey',
  title: 'itemTitle',
  standard: 'standard',
  title_en: 'itemTitleEn',
  standard_en: 'standardEn',
  max_score: 'maxScore',
  critical: 'critical',
};

/** Upload of an edited template file: replaces the draft, all or nothing, bad cells listed. */
export function TemplateImportModal({ id, version, unsaved, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const fileErrorText = useFileErrorText();
  const problemText = useProblemText();
  const [{ fetching }, importItems] = useMutation(ImportAuditTemplateItemsMutation);
  const [uploading, setUploading] = useState(false);
  const [problems, setProblems] = useState<CellProblem[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);

  const rowText = (r: CellProblem) => {
    if (r.row == null) return problemText(r.problem, t('auditTemplates.excel.fileField'));
    const column = r.problem.params?.column;
    const header =
      typeof column === 'string' && COLUMN_FIELD[column]
        ? t(`auditTemplates.fields.${COLUMN_FIELD[column]}` as 'auditTemplates.fields.name')
        : null;
    const cell = { row: r.row, column: r.column ?? '' };
    return problemText(
      r.problem,
      header ? t('auditTemplates.excel.cellOf', { ...cell, header }) : t('auditTemplates.excel.cell', cell),
    );
  };

  const upload = async (file: File) => {
    setProblems([]);
    setGeneral(null);
    setFileName(file.name);
    let uploaded: FileRef;
    setUploading(true);
    try {
      uploaded = await uploadFile(file, file.name);
    } catch (error) {
      setGeneral(
        error instanceof FileRequestError && error.code === 'UNSUPPORTED_FILE_TYPE'
          ? problemText(
              { path: ['fileId'], reason: 'NOT_XLSX', message: '' },
              t('auditTemplates.excel.fileField'),
            )
          : fileErrorText(error),
      );
      return;
    } finally {
      setUploading(false);
    }
    const result = await importItems({ input: { id, version, fileId: uploaded.id } });
    if (result.error || !result.data) {
      const rows = cellProblems(fieldProblems(result.error));
      setProblems(rows.filter((r) => r.row != null));
      const fileLevel = rows.filter((r) => r.row == null);
      setGeneral(
        fileLevel.length > 0
          ? fileLevel.map(rowText).join(t('common.listSeparator'))
          : rows.length > 0
            ? t('auditTemplates.excel.refused', { count: rows.length })
            : errorText(result.error),
      );
      return;
    }
    const template = result.data.importAuditTemplateItems;
    message.success(
      t('auditTemplates.excel.done', {
        sections: template.draft.sections.length,
        items: template.draft.sections.reduce((n, s) => n + s.items.length, 0),
      }),
    );
    onImported(template);
    onClose();
  };

  return (
    <Modal
      open
      title={t('auditTemplates.excel.importTitle')}
      onCancel={onClose}
      footer={null}
      width={problems.length > 0 ? 760 : 520}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('auditTemplates.excel.importHint')}
      </Typography.Paragraph>
      {unsaved ? (
        <Alert
          type="warning"
          showIcon
          title={t('auditTemplates.excel.importUnsaved')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <XlsxDragger
        busy={fetching || uploading}
        dropText={t('auditTemplates.excel.drop')}
        busyText={t('auditTemplates.excel.uploading')}
        fileName={fileName}
        onFile={(file) => void upload(file)}
      />
      {general ? <Alert type="error" showIcon title={general} style={{ marginTop: 16 }} /> : null}
      {problems.length > 0 ? (
        <Table<CellProblem>
          style={{ marginTop: 12 }}
          size="small"
          rowKey="key"
          dataSource={problems}
          pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          data-testid="import-problems"
          columns={[
            { title: t('auditTemplates.excel.row'), dataIndex: 'row', width: 64 },
            { title: t('auditTemplates.excel.column'), dataIndex: 'column', width: 64 },
            { title: t('auditTemplates.excel.problem'), key: 'problem', render: (_, r) => rowText(r) },
          ]}
        />
      ) : null}
    </Modal>
  );
}
