import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import { downloadFile } from '../../shared/files';
import { formatNumber } from '../../shared/format';
import { useCurrentMonth } from '../../shared/useCurrentMonth';
import { useErrorText } from '../../shared/useErrorText';
import { useCompactProblemTable, useXlsxImport, XlsxImportModal } from '../../shared/xlsx-import';
import {
  ExportFeeCollectionsMutation,
  FeeCollectionsQuery,
  ImportFeeCollectionsMutation,
  SaveFeeCollectionMutation,
} from './operations.graphql';
import { RecordDrawer } from './RecordDrawer';
import { type Column, RecordList } from './RecordList';

type Fee = {
  id: string;
  month: string;
  receivable: string;
  collected: string;
  rate?: number | null;
  note?: string | null;
  version: number;
};
type FeeValues = { month: string; receivable: string; collected: string; note?: string };

/** The estate's monthly fees: entered here or imported from .xlsx (all or nothing). */
export function FeesTab({ estateId }: { estateId: string }) {
  const { t, i18n } = useTranslation();
  const { ability } = useSession();
  const errorText = useErrorText();
  const currentMonth = useCurrentMonth();
  const canRecord = ability.can('create', 'FeeCollection');
  const [result, refetch] = useQuery({ query: FeeCollectionsQuery, variables: { estateId } });
  const [, save] = useMutation(SaveFeeCollectionMutation);
  const [exportState, exportFees] = useMutation(ExportFeeCollectionsMutation);
  const [editing, setEditing] = useState<Fee | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [form] = Form.useForm<FeeValues>();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const rows = [...(result.data?.feeCollections ?? [])].reverse();
  const download = async (template: boolean) => {
    const res = await exportFees({
      input: { estateId, template, language: i18n.language.startsWith('zh') ? 'ZH' : 'EN' },
    });
    if (res.data) await downloadFile(res.data.exportFeeCollections);
  };
  const columns: Column<Fee>[] = [
    { key: 'receivable', title: t('operations.fees.receivable'), render: (r) => r.receivable, phone: true },
    { key: 'collected', title: t('operations.fees.collected'), render: (r) => r.collected, phone: true },
    {
      key: 'rate',
      title: t('operations.fees.rate'),
      render: (r) => (r.rate == null ? '—' : `${formatNumber(r.rate)}%`),
      phone: true,
    },
    { key: 'note', title: t('operations.fees.note'), render: (r) => r.note ?? '' },
  ];
  const edited = editing === 'new' ? null : editing;
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        {canRecord ? (
          <>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="fee-add"
            >
              {t('operations.fees.newMonth')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="fee-import">
              {t('operations.fees.import')}
            </Button>
            <Button icon={<DownloadOutlined />} loading={exportState.fetching} onClick={() => download(true)}>
              {t('operations.fees.template')}
            </Button>
          </>
        ) : null}
        <Button icon={<DownloadOutlined />} loading={exportState.fetching} onClick={() => download(false)}>
          {t('operations.fees.export')}
        </Button>
      </Flex>
      {result.error && !result.data ? <Alert type="error" showIcon title={errorText(result.error)} /> : null}
      <RecordList<Fee>
        testId="fee-list"
        rows={rows}
        loading={result.fetching && !result.data}
        heading={(r) => r.month}
        columns={[{ key: 'month', title: t('operations.fees.month'), render: (r) => r.month }, ...columns]}
        onEdit={canRecord ? (r) => setEditing(r) : undefined}
      />
      {editing ? (
        <RecordDrawer<FeeValues>
          testId="fee-form"
          title={t('operations.fees.newMonth')}
          form={form}
          fields={['month', 'receivable', 'collected', 'note']}
          initialValues={
            edited
              ? {
                  month: edited.month,
                  receivable: edited.receivable,
                  collected: edited.collected,
                  note: edited.note ?? '',
                }
              : { month: currentMonth }
          }
          onClose={() => setEditing(null)}
          onSave={async (v) => {
            const res = await save({
              input: {
                estateId,
                month: v.month,
                receivable: v.receivable,
                collected: v.collected,
                note: v.note || null,
                version:
                  edited?.month === v.month
                    ? edited.version
                    : (rows.find((r) => r.month === v.month)?.version ?? null),
              },
            });
            if (!res.error) reload();
            return res.error;
          }}
        >
          <Form.Item name="month" label={t('operations.fees.month')} rules={[{ required: true }]}>
            <Input type="month" max={currentMonth} disabled={!!edited} />
          </Form.Item>
          <Form.Item name="receivable" label={t('operations.fees.receivable')} rules={[{ required: true }]}>
            <Input inputMode="decimal" placeholder="0.00" />
          </Form.Item>
          <Form.Item name="collected" label={t('operations.fees.collected')} rules={[{ required: true }]}>
            <Input inputMode="decimal" placeholder="0.00" />
          </Form.Item>
          <Form.Item name="note" label={t('operations.fees.note')}>
            <Input maxLength={200} />
          </Form.Item>
        </RecordDrawer>
      ) : null}
      {importing ? (
        <FeeImportModal estateId={estateId} onClose={() => setImporting(false)} onImported={reload} />
      ) : null}
    </Flex>
  );
}

/** Fees from an .xlsx file: all or nothing; every wrong cell is listed by row and column. */
function FeeImportModal({
  estateId,
  onClose,
  onImported,
}: {
  estateId: string;
  onClose(): void;
  onImported(): void;
}) {
  const { t } = useTranslation();
  const [, importFees] = useMutation(ImportFeeCollectionsMutation);
  const table = useCompactProblemTable((row) => t('operations.fees.row', { row }));
  const importer = useXlsxImport({
    run: (fileId) => importFees({ input: { estateId, fileId } }),
    refused: (count) => t('operations.fees.importErrors', { count }),
    done: (data) => t('operations.fees.imported', { count: data.importFeeCollections.saved }),
    onImported,
    onClose,
  });
  return (
    <XlsxImportModal
      title={t('operations.fees.importTitle')}
      hint={t('operations.fees.importHint')}
      dropText={t('operations.fees.importTitle')}
      busyText={t('operations.fees.importTitle')}
      importer={importer}
      onClose={onClose}
      problemsTestId="fee-import-problems"
      table={table}
    />
  );
}
