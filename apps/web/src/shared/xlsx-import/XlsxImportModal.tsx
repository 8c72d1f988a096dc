import { Alert, Modal, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { CellProblem } from '../cellProblems';
import { XlsxDragger } from '../XlsxDragger';
import type { ProblemTable } from './problemTable';
import type { XlsxImport } from './useXlsxImport';

interface Props {
  title: ReactNode;
  hint: ReactNode;
  /** Shown between the hint and the drop zone (a warning before replacing something). */
  notice?: ReactNode;
  dropText: string;
  busyText: string;
  importer: XlsxImport;
  onClose(): void;
  /** The refused cells' table: its test id, columns and layout. */
  problemsTestId: string;
  table: ProblemTable;
}

/** The dialog of an .xlsx import: hint, drop zone, why the file was refused and its bad cells. */
export function XlsxImportModal({ importer, problemsTestId, table, ...props }: Props) {
  const { problems } = importer;
  const { paged } = table;
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onClose}
      footer={null}
      width={problems.length === 0 ? 520 : paged ? 760 : 720}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {props.hint}
      </Typography.Paragraph>
      {props.notice}
      <XlsxDragger
        busy={importer.busy}
        dropText={props.dropText}
        busyText={props.busyText}
        fileName={importer.fileName}
        onFile={(file) => void importer.upload(file)}
      />
      {importer.general ? (
        <Alert type="error" showIcon title={importer.general} style={{ marginTop: paged ? 16 : 12 }} />
      ) : null}
      {problems.length > 0 ? (
        <Table<CellProblem>
          style={{ marginTop: 12 }}
          size="small"
          rowKey="key"
          dataSource={problems}
          pagination={paged && problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          scroll={paged ? undefined : { y: 320 }}
          data-testid={problemsTestId}
          showSorterTooltip={{ target: 'sorter-icon' }}
          columns={table.columns}
        />
      ) : null}
    </Modal>
  );
}
