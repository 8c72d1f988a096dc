import { addMonths } from '@anju/domain';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Empty, Flex, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useSession } from '../../app/session';
import { EstatePicker } from '../../shared/EstatePicker';
import { downloadFile, useFileErrorText } from '../../shared/files';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { rowSubject } from '../../shared/rowSubject';
import { useCurrentMonth } from '../../shared/useCurrentMonth';
import { useErrorText } from '../../shared/useErrorText';
import { useFiguresLive } from '../../shared/useFiguresLive';
import { useFileLanguage } from '../../shared/useFileLanguage';
import { useIsMobile } from '../../shared/useIsMobile';
import { ExportMonthlyFigureTemplateMutation, MonthlyFormQuery } from './figures.graphql';
import { ImportModal } from './ImportModal';
import { MonthlyFormEditor } from './MonthlyFormEditor';

/** The estate manager's monthly form: one estate, one month, every reported indicator. */
export function FiguresPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const fileErrorText = useFileErrorText();
  const language = useFileLanguage();
  const { message } = App.useApp();
  const client = useClient();
  const { ability, company } = useSession();
  const currentMonth = useCurrentMonth();
  const [params, setParams] = useSearchParams();
  const estateId = params.get('estate') ?? undefined;
  const month = params.get('month') ?? addMonths(currentMonth, -1);
  const [importing, setImporting] = useState(false);
  const [downloading, setDownloading] = useState(false);

  const setParam = useCallback(
    (key: string, value: string | undefined) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const chooseEstate = useCallback((id: string | undefined) => setParam('estate', id), [setParam]);

  const [form, refetch] = useQuery({
    query: MonthlyFormQuery,
    variables: { estateId: estateId ?? '', month },
    pause: !estateId,
  });
  useFiguresLive(() => refetch({ requestPolicy: 'network-only' }), {
    filter: (e) => e.estateId === estateId && e.month === month,
  });

  const subject = rowSubject('MonthlyFigure', { estateId }, company?.id ?? '');
  const canEdit = ability.can('update', subject);
  const canSubmit = ability.can('submit', subject);
  // While another estate or month loads, the previous form must not stay editable.
  const loaded = form.data?.monthlyForm;
  const data = loaded && loaded.estateId === estateId && loaded.month === month ? loaded : undefined;
  // A new revision or state remounts the form with the server's numbers.
  const version = data?.items.map((i) => `${i.figure?.id ?? ''}:${i.figure?.state ?? ''}`).join('|') ?? '';

  const downloadTemplate = async () => {
    setDownloading(true);
    try {
      // The API builds the template as a file of this user; its bytes come from /files.
      const result = await client
        .mutation(ExportMonthlyFigureTemplateMutation, { input: { month, language } })
        .toPromise();
      if (result.error || !result.data) {
        message.error(errorText(result.error));
        return;
      }
      await downloadFile(result.data.exportMonthlyFigureTemplate).catch((error: unknown) =>
        message.error(fileErrorText(error)),
      );
    } finally {
      setDownloading(false);
    }
  };

  return (
    <div>
      <PageHeader
        title={t('figures.title')}
        subtitle={t('figures.subtitle')}
        extra={
          canEdit ? (
            <>
              <Button icon={<DownloadOutlined />} loading={downloading} onClick={downloadTemplate}>
                {t('figures.template')}
              </Button>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('figures.import.button')}
              </Button>
            </>
          ) : null
        }
      />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <EstatePicker
            value={estateId}
            onChange={chooseEstate}
            autoSelectFirst
            style={{ width: mobile ? '100%' : 260 }}
          />
          <DatePicker
            picker="month"
            value={dayjs(`${month}-01`)}
            allowClear={false}
            disabledDate={(d) => d.format('YYYY-MM') > currentMonth}
            onChange={(d) => d && setParam('month', d.format('YYYY-MM'))}
            format={t('figures.monthFormat')}
            style={{ width: mobile ? '100%' : 160 }}
            aria-label={t('figures.month')}
            data-testid="month-picker"
          />
        </Flex>
        {form.error ? (
          <QueryError
            error={form.error}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
            marginBottom={12}
          />
        ) : null}
        {!estateId ? (
          <Empty description={t('figures.noEstate')} />
        ) : form.fetching && !data ? (
          <Skeleton active paragraph={{ rows: 10 }} />
        ) : data ? (
          <MonthlyFormEditor
            key={`${data.estateId}|${data.month}|${version}`}
            data={data}
            canEdit={canEdit}
            canSubmit={canSubmit}
          />
        ) : null}
      </Card>
      {importing ? (
        <ImportModal
          month={month}
          onClose={() => setImporting(false)}
          onImported={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : null}
    </div>
  );
}
