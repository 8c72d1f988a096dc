import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { type CellProblem, cellProblems } from '../cellProblems';
import { fieldProblems } from '../errors';
import { type FileRef, FileRequestError, uploadFile, useFileErrorText } from '../files';
import { useErrorText, useProblemText } from '../useErrorText';

interface Options<R> {
  /** Imports the uploaded file (by its id): the mutation's answer. */
  run(fileId: string): Promise<{ data?: R; error?: CombinedError }>;
  /** The alert's sentence when cells were refused: how many. */
  refused(count: number): string;
  /** The success message once the import is saved. */
  done(data: R): string;
  onImported(data: R): void;
  onClose(): void;
  /**
   * The file's name in the page's language: problems of the file as a whole name it, and a file of
   * another kind is refused as the import would refuse it. Without it they are said plainly.
   */
  fileField?: string;
}

/** An .xlsx import as the modal shows it. */
export interface XlsxImport {
  /** Uploading or importing: the drop zone is disabled. */
  busy: boolean;
  fileName: string | null;
  /** Why the file was refused as a whole, or how many of its cells were. */
  general: string | null;
  /** The refused cells, by row and column. */
  problems: CellProblem[];
  upload(file: File): Promise<void>;
}

/**
 * Uploads a file to /files, then imports it by id, all or nothing: on success the message, then
 * `onImported` and `onClose`; on refusal every bad cell with its row and column, the problems of
 * the file as a whole in the alert.
 */
export function useXlsxImport<R>(options: Options<R>): XlsxImport {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const fileErrorText = useFileErrorText();
  const problemText = useProblemText();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<CellProblem[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const { fileField } = options;

  /** Why POST /files refused the file. */
  const uploadRefusal = (error: unknown): string =>
    fileField && error instanceof FileRequestError && error.code === 'UNSUPPORTED_FILE_TYPE'
      ? problemText({ path: ['fileId'], reason: 'NOT_XLSX', message: '' }, fileField)
      : fileErrorText(error);

  const importFile = async (file: File) => {
    // The file goes up beside GraphQL (checked by its bytes there), then the import names it.
    let uploaded: FileRef;
    try {
      uploaded = await uploadFile(file, file.name);
    } catch (error) {
      setGeneral(uploadRefusal(error));
      return;
    }
    const result = await options.run(uploaded.id);
    if (result.error || !result.data) {
      const rows = cellProblems(fieldProblems(result.error));
      setProblems(rows.filter((r) => r.row != null));
      const fileLevel = rows.filter((r) => r.row == null);
      setGeneral(
        fileLevel.length > 0
          ? fileLevel.map((r) => problemText(r.problem, fileField)).join(t('common.listSeparator'))
          : rows.length > 0
            ? options.refused(rows.length)
            : errorText(result.error),
      );
      return;
    }
    message.success(options.done(result.data));
    options.onImported(result.data);
    options.onClose();
  };

  const upload = async (file: File) => {
    setProblems([]);
    setGeneral(null);
    setFileName(file.name);
    setBusy(true);
    try {
      await importFile(file);
    } finally {
      setBusy(false);
    }
  };

  return { busy, fileName, general, problems, upload };
}
