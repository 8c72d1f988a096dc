import { DEPARTMENT_CODES, subject } from '@anju/domain';
import { DownloadOutlined, PrinterOutlined, ThunderboltOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Popconfirm,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { RosterFieldsFragment } from '../../gql/graphql';
import { EstatePicker } from '../../shared/EstatePicker';
import { downloadFile } from '../../shared/files';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useCurrentMonth } from '../../shared/useCurrentMonth';
import { useErrorText } from '../../shared/useErrorText';
import { useFileLanguage } from '../../shared/useFileLanguage';
import { useIsMobile } from '../../shared/useIsMobile';
import { CoverageSummary } from './CoverageSummary';
import { DayEditor } from './DayEditor';
import { RosterGrid } from './RosterGrid';
import {
  ExportRosterMutation,
  GenerateRosterMutation,
  RosterMonthsQuery,
  RosterQuery,
} from './rosters.graphql';

type Row = RosterFieldsFragment['rows'][number];
type Day = Row['days'][number];

/** A department's month roster: generate, edit single days, check coverage, export and print. */
export function RosterPage() {
  const { t } = useTranslation();
  const lang = useFileLanguage();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { ability, company } = useSession();
  const currentMonth = useCurrentMonth();
  const [params, setParams] = useSearchParams();
  const estateId = params.get('estate') ?? undefined;
  const month = params.get('month') ?? currentMonth;
  const departmentParam = params.get('department') ?? undefined;
  const [editing, setEditing] = useState<{ row: Row; day: Day } | null>(null);

  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
        return next;
      },
      { replace: true },
    );

  const [months] = useQuery({
    query: RosterMonthsQuery,
    variables: { estateId: estateId ?? '', month },
    pause: !estateId,
    requestPolicy: 'cache-and-network',
  });
  const departments = useMemo(() => {
    const rank = (code: string) => {
      const i = (DEPARTMENT_CODES as readonly string[]).indexOf(code);
      return i < 0 ? DEPARTMENT_CODES.length : i;
    };
    return [...(months.data?.rosterMonths ?? [])].sort(
      (a, b) => rank(a.departmentCode) - rank(b.departmentCode),
    );
  }, [months.data]);
  // The 24-hour post first: where coverage matters most.
  const departmentId =
    departmentParam ??
    departments.find((d) => d.generated && d.departmentCode === 'SECURITY')?.departmentId ??
    departments.find((d) => d.generated)?.departmentId ??
    departments[0]?.departmentId;
  const [result, refetch] = useQuery({
    query: RosterQuery,
    variables: { departmentId: departmentId ?? '', month },
    pause: !departmentId,
    requestPolicy: 'cache-and-network',
  });
  const roster = result.data?.roster ?? null;
  const [generateState, generate] = useMutation(GenerateRosterMutation);
  const [exportState, exportRoster] = useMutation(ExportRosterMutation);
  const canEdit = !!estateId && ability.can('update', subject('Shift', { companyId: company?.id, estateId }));
  const problemDates = useMemo(() => {
    const s = new Set<string>();
    for (const g of roster?.coverage.gaps ?? []) s.add(g.date);
    for (const f of roster?.coverage.shortfalls ?? []) s.add(f.date);
    return s;
  }, [roster]);

  const run = async (replace: boolean) => {
    if (!departmentId) return;
    const res = await generate({ input: { departmentId, month, replace } });
    if (res.data) {
      message.success(t('rosters.generated'));
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <div className="print-landscape">
      <PageHeader
        title={`${t('rosters.title')}${roster ? ` · ${roster.estateName} · ${roster.departmentName} · ${month}` : ''}`}
        subtitle={t('rosters.subtitle')}
        extra={
          roster ? (
            <>
              <Button
                icon={<DownloadOutlined />}
                loading={exportState.fetching}
                onClick={async () => {
                  const res = await exportRoster({
                    input: { departmentId: roster.departmentId, month, language: lang },
                  });
                  if (res.data) await downloadFile(res.data.exportRoster);
                }}
              >
                {t('rosters.export')}
              </Button>
              <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
                {t('rosters.print')}
              </Button>
            </>
          ) : null
        }
      />
      <Card variant="borderless" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        <Flex gap={8} wrap className="no-print" style={{ marginBottom: 12 }}>
          <EstatePicker
            value={estateId}
            onChange={(id) => set({ estate: id, department: undefined })}
            autoSelectFirst
            placeholder={t('team.pickEstate')}
            style={{ width: mobile ? '100%' : 240 }}
          />
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(d) => d && set({ month: d.format('YYYY-MM') })}
            aria-label={t('rosters.month')}
          />
          <Select
            value={departmentId}
            onChange={(id) => set({ department: id })}
            placeholder={t('rosters.department')}
            aria-label={t('rosters.department')}
            style={{ width: mobile ? '100%' : 200 }}
            options={departments.map((d) => ({
              value: d.departmentId,
              label: `${d.departmentName}${d.generated ? '' : ` (${t('rosters.notGenerated')})`}`,
            }))}
          />
          {canEdit && departmentId ? (
            roster ? (
              <Popconfirm title={t('rosters.regenerateConfirm')} onConfirm={() => run(true)}>
                <Button icon={<ThunderboltOutlined />} loading={generateState.fetching}>
                  {t('rosters.regenerate')}
                </Button>
              </Popconfirm>
            ) : (
              <Button
                type="primary"
                icon={<ThunderboltOutlined />}
                loading={generateState.fetching}
                onClick={() => run(false)}
              >
                {t('rosters.generate')}
              </Button>
            )
          ) : null}
        </Flex>
        <QueryError
          error={months.error ?? result.error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
        {generateState.error || exportState.error ? (
          <Alert
            type="error"
            showIcon
            title={errorText(generateState.error ?? exportState.error)}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        {!estateId ? (
          <Empty description={t('team.pickEstate')} />
        ) : result.fetching && !result.data ? (
          <Skeleton active />
        ) : !roster ? (
          <Empty description={t('rosters.notGenerated')} />
        ) : (
          <Flex vertical gap={12}>
            <CoverageSummary coverage={roster.coverage} />
            <RosterGrid
              roster={roster}
              problemDates={problemDates}
              onCell={canEdit ? (row, day) => setEditing({ row, day }) : undefined}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('rosters.legend')}
            </Typography.Text>
          </Flex>
        )}
      </Card>
      {editing && roster ? (
        <DayEditor
          roster={roster}
          row={editing.row}
          day={editing.day}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success(t('rosters.edit.edited'));
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </div>
  );
}
