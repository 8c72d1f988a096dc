import { Alert, App, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { cellProblems } from '../../shared/cellProblems';
import { fieldProblems } from '../../shared/errors';
import { type FileRef, FileRequestError, uploadFile, useFileErrorText } from '../../shared/files';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { XlsxDragger } from '../../shared/XlsxDragger';
import { ImportStaffMutation } from './staff.graphql';

interface Props {
  estateId: string;
  onClose(): void;
  onImported(): void;
}

/** Staff from an .xlsx file: all or nothing; every wrong cell is listed by row and column. */
export function StaffImportModal({ estateId, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const fileErrorText = useFileErrorText();
  const problemText = useProblemText();
  const [{ fetching }, importStaff] = useMutation(ImportStaffMutation);
  const [uploading, setUploading] = useState(false);
  const [rows, setRows] = useState<ReturnType<typeof cellProblems>>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);

  const upload = async (file: File) => {
    setRows([]);
    setGeneral(null);
    setFileName(file.name);
    let uploaded: FileRef;
    setUploading(true);
    try {
      uploaded = await uploadFile(file, file.name);
    } catch (error) {
      setGeneral(error instanceof FileRequestError ? fileErrorText(error) : errorText(undefined));
      return;
    } finally {
      setUploading(false);
    }
    const result = await importStaff({ input: { estateId, fileId: uploaded.id } });
    if (result.error || !result.data) {
      const problems = cellProblems(fieldProblems(result.error));
      setRows(problems.filter((r) => r.row != null));
      const fileLevel = problems.filter((r) => r.row == null);
      setGeneral(
        fileLevel.length > 0
          ? fileLevel.map((r) => problemText(r.problem)).join(t('common.listSeparator'))
          : problems.length > 0
            ? t('team.staff.importErrors', { count: problems.length })
            : errorText(result.error),
      );
      return;
    }
    message.success(t('team.staff.imported', { count: result.data.importStaff.created }));
    onImported();
    onClose();
  };

  return (
    <Modal
      open
      title={t('team.staff.importTitle')}
      onCancel={onClose}
      footer={null}
      width={rows.length ? 720 : 520}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('team.staff.importHint')}
      </Typography.Paragraph>
      <XlsxDragger
        busy={uploading || fetching}
        dropText={t('team.staff.importTitle')}
        busyText={t('team.staff.importTitle')}
        fileName={fileName}
        onFile={upload}
      />
      {general ? <Alert type="error" showIcon title={general} style={{ marginTop: 12 }} /> : null}
      {rows.length > 0 ? (
        <Table
          size="small"
          style={{ marginTop: 12 }}
          rowKey="key"
          pagination={false}
          scroll={{ y: 320 }}
          dataSource={rows}
          data-testid="import-problems"
          columns={[
            { title: '#', key: 'row', width: 90, render: (_, r) => t('team.staff.row', { row: r.row }) },
            { title: 'Col', key: 'col', width: 70, render: (_, r) => r.column },
            { title: '', key: 'msg', render: (_, r) => problemText(r.problem) },
          ]}
        />
      ) : null}
    </Modal>
  );
}
