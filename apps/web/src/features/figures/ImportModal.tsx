import { builtInIndicator, type FieldProblem } from '@anju/domain';
import { Alert, App, Modal, Table, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type CellProblem, cellProblems } from '../../shared/cellProblems';
import { compareNames, compareNumbers } from '../../shared/collate';
import { fieldProblems } from '../../shared/errors';
import { type FileRef, FileRequestError, uploadFile, useFileErrorText } from '../../shared/files';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { XlsxDragger } from '../../shared/XlsxDragger';
import { ImportMonthlyFiguresMutation } from './figures.graphql';

interface Props {
  month: string;
  onClose(): void;
  onImported(): void;
}

/** Excel column letters in sheet order: Z before AA. */
function compareColumns(a: string | null, b: string | null, order: SortOrder | undefined): number {
  if (!a || !b) return compareNames(a, b, order);
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Upload of the filled template: all or nothing, every bad cell listed by row and column. */
export function ImportModal({ month, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const periodLabel = usePeriodLabel();
  const errorText = useErrorText();
  const fileErrorText = useFileErrorText();
  const problemText = useProblemText();
  const indicatorText = useIndicatorText();
  /** What a column holds, from the problem's params: an indicator's part, or the estate code. */
  const columnHeader = (params: FieldProblem['params']): string | null => {
    if (params?.column === 'estateCode') return t('estates.fields.code');
    const def =
      typeof params?.indicatorCode === 'string' ? builtInIndicator(params.indicatorCode) : undefined;
    if (!def) return null;
    const part =
      params?.part === 'denominator'
        ? indicatorText.denominatorLabel(def)
        : indicatorText.numeratorLabel(def);
    return `${indicatorText.name(def)} · ${part}`;
  };
  // The API names a bad cell by its row and column letter (and, in params, what the column holds:
  // shown in the page's language); the file itself otherwise.
  const rowText = (r: CellProblem) => {
    if (r.row == null) return problemText(r.problem, t('figures.import.fileField'));
    const header = columnHeader(r.problem.params);
    const cell = { row: r.row, column: r.column ?? '' };
    return problemText(
      r.problem,
      header ? t('figures.import.cellOf', { ...cell, header }) : t('figures.import.cell', cell),
    );
  };
  const [{ fetching }, importFigures] = useMutation(ImportMonthlyFiguresMutation);
  const [uploading, setUploading] = useState(false);
  const [problems, setProblems] = useState<CellProblem[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);

  /** Why POST /files refused the file, said as the import would say it of a file it read. */
  const uploadRefusal = (error: unknown): string => {
    const file = t('figures.import.fileField');
    if (error instanceof FileRequestError && error.code === 'UNSUPPORTED_FILE_TYPE')
      return problemText({ path: ['fileId'], reason: 'NOT_XLSX', message: '' }, file);
    return fileErrorText(error);
  };

  const upload = async (file: File) => {
    setProblems([]);
    setGeneral(null);
    setFileName(file.name);
    // The file goes up beside GraphQL (checked by its bytes there), then the import names it.
    let uploaded: FileRef;
    setUploading(true);
    try {
      uploaded = await uploadFile(file, file.name);
    } catch (error) {
      setGeneral(uploadRefusal(error));
      return;
    } finally {
      setUploading(false);
    }
    const result = await importFigures({ input: { month, fileId: uploaded.id } });
    if (result.error) {
      const rows = cellProblems(fieldProblems(result.error));
      setProblems(rows.filter((r) => r.row != null));
      const fileLevel = rows.filter((r) => r.row == null);
      setGeneral(
        fileLevel.length > 0
          ? fileLevel.map(rowText).join(t('common.listSeparator'))
          : rows.length > 0
            ? t('figures.import.refused', { count: rows.length })
            : errorText(result.error),
      );
      return;
    }
    const r = result.data!.importMonthlyFigures;
    message.success(t('figures.import.done', { estates: r.estateCount, figures: r.figureCount }));
    onImported();
    onClose();
  };

  return (
    <Modal
      open
      title={t('figures.import.title', { month: periodLabel(month) })}
      onCancel={onClose}
      footer={null}
      width={problems.length > 0 ? 760 : 520}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('figures.import.hint')}
      </Typography.Paragraph>
      <XlsxDragger
        busy={fetching || uploading}
        dropText={t('figures.import.drop')}
        busyText={t('figures.import.uploading')}
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
          showSorterTooltip={{ target: 'sorter-icon' }}
          columns={[
            {
              title: t('figures.import.row'),
              dataIndex: 'row',
              width: 64,
              sorter: (a, b, order) => compareNumbers(a.row, b.row, order),
            },
            {
              title: t('figures.import.column'),
              dataIndex: 'column',
              width: 64,
              sorter: (a, b, order) => compareColumns(a.column, b.column, order),
            },
            {
              title: t('figures.import.problem'),
              key: 'problem',
              sorter: (a, b, order) => compareNames(rowText(a), rowText(b), order),
              render: (_, r) => rowText(r),
            },
          ]}
        />
      ) : null}
    </Modal>
  );
}
