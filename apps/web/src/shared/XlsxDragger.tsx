import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The drop zone of an Excel import: one .xlsx at a time, handed to `onFile` (the caller uploads it
 * to /files; antd's own upload is not used), the busy text while that runs, the chosen file's name.
 */
export function XlsxDragger({
  busy,
  dropText,
  busyText,
  fileName,
  onFile,
}: {
  busy: boolean;
  dropText: string;
  busyText: string;
  fileName: string | null | undefined;
  onFile(file: File): void;
}) {
  return (
    <Upload.Dragger
      accept={XLSX_TYPES}
      showUploadList={false}
      multiple={false}
      disabled={busy}
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{busy ? busyText : dropText}</p>
      {fileName ? <p className="ant-upload-hint">{fileName}</p> : null}
    </Upload.Dragger>
  );
}
