import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type { ComparisonExportKind, ComparisonFilter } from '../../gql/graphql';
import { saveFile } from '../../shared/download';
import { useErrorText } from '../../shared/useErrorText';
import { useFileLanguage } from '../../shared/useFileLanguage';
import { ComparisonExportQuery } from './comparison.graphql';

/** Excel of the heat map (coloured) and of the league table, for the filters on screen. */
export function ExportButtons({ filter, disabled }: { filter: ComparisonFilter; disabled?: boolean }) {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const language = useFileLanguage();
  const [busy, setBusy] = useState<ComparisonExportKind | null>(null);

  const download = async (kind: ComparisonExportKind) => {
    setBusy(kind);
    try {
      // Each click builds a fresh file: never answered from the cache.
      const result = await client
        .query(ComparisonExportQuery, { filter, kind, language }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error || !result.data) message.error(errorText(result.error));
      else saveFile(result.data.comparisonExport);
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
