import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Radio,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { Preset } from '../../gql/graphql';
import { compareDates, compareNames } from '../../shared/collate';
import { formatDateTime } from '../../shared/format';
import { showServerProblems } from '../../shared/formProblems';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { QueryError } from '../../shared/QueryError';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { IndicatorSettingsQuery, SetIndicatorPresetMutation } from './indicators.graphql';
import { comparePresets } from './presetCompare';

const COMPARISON = comparePresets();

interface Values {
  preset: Preset;
  effectiveMonth: Dayjs;
}

/** The company's default target preset (A = bid commitments, B = seed 001), with its history. */
export function PresetCard({ currentMonth, mobile }: { currentMonth: string; mobile: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const problemText = useProblemText({
    preset: t('indicators.preset.preset'),
    effectiveMonth: t('indicators.fromMonth'),
  });
  const periodLabel = usePeriodLabel();
  const [form] = Form.useForm<Values>();
  const [{ data, fetching, error }, refetch] = useQuery({ query: IndicatorSettingsQuery });
  const [{ fetching: saving }, setPreset] = useMutation(SetIndicatorPresetMutation);
  const [general, setGeneral] = useState<string | null>(null);
  const settings = data?.indicatorSettings;
  const text = useIndicatorText();
  const chosen = Form.useWatch('preset', form);
  const names = (list: typeof COMPARISON.laxer) =>
    list.map((d) => text.name(d)).join(t('indicators.preset.listSeparator'));

  const submit = async (values: Values) => {
    setGeneral(null);
    const result = await setPreset({
      input: { preset: values.preset, effectiveMonth: values.effectiveMonth.format('YYYY-MM') },
    });
    if (result.error) {
      setGeneral(
        showServerProblems(form, result.error, ['preset', 'effectiveMonth'], problemText, errorText),
      );
      return;
    }
    message.success(
      t('indicators.preset.savedMsg', {
        preset: values.preset,
        month: periodLabel(values.effectiveMonth.format('YYYY-MM')),
      }),
    );
  };

  return (
    <Card
      variant="borderless"
      size={mobile ? 'small' : undefined}
      title={t('indicators.preset.title')}
      styles={{ body: { padding: mobile ? 12 : 20 } }}
      style={{ marginBottom: 16 }}
    >
      {error ? (
        <QueryError
          error={error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
          marginBottom={0}
        />
      ) : fetching && !settings ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : settings ? (
        <Flex gap={24} wrap vertical={mobile}>
          <Flex vertical gap={8} style={{ flex: 1, minWidth: 260 }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary">{t('indicators.preset.now')}</Typography.Text>
              <Tag color="blue" style={{ fontSize: 14, padding: '2px 10px' }} data-testid="preset-now">
                {t('indicators.preset.name', { preset: settings.presetNow })}
              </Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="preset-describe">
              {t(`indicators.preset.describe${settings.presetNow}`)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="preset-compare">
              {t('indicators.preset.compare', {
                stricter: COMPARISON.stricter.length,
                laxer: COMPARISON.laxer.length,
                same: COMPARISON.same.length,
                laxerNames: names(COMPARISON.laxer),
                onlyA: COMPARISON.onlyA.length,
                onlyB: COMPARISON.onlyB.length,
              })}
            </Typography.Text>
            <Table
              size="small"
              rowKey={(h) => `${h.preset}-${h.effectiveMonth}-${h.setAt}`}
              dataSource={settings.history}
              pagination={false}
              locale={{ emptyText: t('indicators.preset.noHistory') }}
              showSorterTooltip={{ target: 'sorter-icon' }}
              columns={[
                {
                  title: t('indicators.preset.preset'),
                  dataIndex: 'preset',
                  sorter: (a, b, order) => compareNames(a.preset, b.preset, order),
                  render: (p: Preset) => t('indicators.preset.name', { preset: p }),
                },
                {
                  title: t('indicators.fromMonth'),
                  dataIndex: 'effectiveMonth',
                  sorter: (a, b, order) => compareDates(a.effectiveMonth, b.effectiveMonth, order),
                  render: (m: string) => periodLabel(m),
                },
                {
                  title: t('indicators.setAt'),
                  dataIndex: 'setAt',
                  sorter: (a, b, order) => compareDates(a.setAt, b.setAt, order),
                  render: (v: string) => formatDateTime(v),
                },
              ]}
            />
          </Flex>
          <div style={{ flex: 1, minWidth: 260 }}>
            <Typography.Text strong>{t('indicators.preset.change')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 12px' }}>
              {t('indicators.preset.changeHint')}
            </Typography.Paragraph>
            {general ? <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} /> : null}
            {/* Starts on the preset in force (a click on Save never reverts the company by accident);
                remounted when it changes. */}
            <Form<Values>
              key={settings.presetNow}
              form={form}
              layout="vertical"
              onFinish={submit}
              initialValues={{
                preset: settings.presetNow,
                effectiveMonth: dayjs(`${currentMonth}-01`),
              }}
            >
              <Form.Item name="preset" label={t('indicators.preset.preset')}>
                <Radio.Group
                  options={(['A', 'B'] as const).map((p) => ({
                    value: p,
                    label: t('indicators.preset.name', { preset: p }),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="effectiveMonth"
                label={t('indicators.fromMonth')}
                rules={[{ required: true, message: t('indicators.monthRequired') }]}
              >
                <DatePicker
                  picker="month"
                  allowClear={false}
                  disabledDate={(d) => d.format('YYYY-MM') < currentMonth}
                  format={t('figures.monthFormat')}
                  style={{ width: 180 }}
                />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                loading={saving}
                disabled={(chosen ?? settings.presetNow) === settings.presetNow}
              >
                {t('indicators.preset.apply')}
              </Button>
            </Form>
          </div>
        </Flex>
      ) : null}
    </Card>
  );
}
