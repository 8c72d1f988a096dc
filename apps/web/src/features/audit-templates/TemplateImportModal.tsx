import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ImportAuditTemplateItemsMutation as Imported } from '../../gql/graphql';
import { useHeadedProblemTable, useXlsxImport, XlsxImportModal } from '../../shared/xlsx-import';
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
  const [, importItems] = useMutation(ImportAuditTemplateItemsMutation);
  const table = useHeadedProblemTable({
    titles: {
      row: t('auditTemplates.excel.row'),
      column: t('auditTemplates.excel.column'),
      problem: t('auditTemplates.excel.problem'),
    },
    cell: (place) => t('auditTemplates.excel.cell', place),
    cellOf: (place) => t('auditTemplates.excel.cellOf', place),
    header: (params) => {
      const column = params?.column;
      return typeof column === 'string' && COLUMN_FIELD[column]
        ? t(`auditTemplates.fields.${COLUMN_FIELD[column]}` as 'auditTemplates.fields.name')
        : null;
    },
  });
  const importer = useXlsxImport({
    run: (fileId) => importItems({ input: { id, version, fileId } }),
    fileField: t('auditTemplates.excel.fileField'),
    refused: (count) => t('auditTemplates.excel.refused', { count }),
    done: ({ importAuditTemplateItems: template }) =>
      t('auditTemplates.excel.done', {
        sections: template.draft.sections.length,
        items: template.draft.sections.reduce((n, s) => n + s.items.length, 0),
      }),
    onImported: (data) => onImported(data.importAuditTemplateItems),
    onClose,
  });
  return (
    <XlsxImportModal
      title={t('auditTemplates.excel.importTitle')}
      hint={t('auditTemplates.excel.importHint')}
      notice={
        unsaved ? (
          <Alert
            type="warning"
            showIcon
            title={t('auditTemplates.excel.importUnsaved')}
            style={{ marginBottom: 12 }}
          />
        ) : null
      }
      dropText={t('auditTemplates.excel.drop')}
      busyText={t('auditTemplates.excel.uploading')}
      importer={importer}
      onClose={onClose}
      problemsTestId="import-problems"
      table={table}
    />
  );
}
