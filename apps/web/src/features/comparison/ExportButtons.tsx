import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type { ComparisonExportKind, ComparisonFilter } from '../../gql/graphql';
import { downloadFile, useFileErrorText } from '../../shared/files';
import { useErrorText } from '../../shared/useErrorText';
import { useFileLanguage } from '../../shared/useFileLanguage';
import { ExportComparisonMutation } from './comparison.graphql';

/** Excel of the heat map (coloured) and of the league table, for the filters on screen. */
export function ExportButtons({ filter, disabled }: { filter: ComparisonFilter; disabled?: boolean }) {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const fileErrorText = useFileErrorText();
  const language = useFileLanguage();
  const [busy, setBusy] = useState<ComparisonExportKind | null>(null);

  const download = async (kind: ComparisonExportKind) => {
    setBusy(kind);
    try {
      // The API builds the workbook as a file of this user; its bytes come from /files.
      const result = await client
        .mutation(ExportComparisonMutation, { input: { filter, kind, language } })
        .toPromise();
      if (result.error || !result.data) {
        message.error(errorText(result.error));
        return;
      }
      await downloadFile(result.data.exportComparison).catch((error: unknown) =>
        message.error(fileErrorText(error)),
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Button
        icon={<FileExcelOutlined />}
        loading={busy === 'MATRIX'}
        disabled={disabled || busy !== null}
        onClick={() => download('MATRIX')}
      >
        {t('comparison.export.matrix')}
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        loading={busy === 'LEAGUE'}
        disabled={disabled || busy !== null}
        onClick={() => download('LEAGUE')}
      >
        {t('comparison.export.league')}
      </Button>
    </>
  );
}
