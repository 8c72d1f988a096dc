import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Flex, Segmented, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { EstatePicker } from '../../shared/EstatePicker';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useCurrentMonth } from '../../shared/useCurrentMonth';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { type CatalogueRow, CatalogueTable } from './CatalogueTable';
import { CreateIndicatorModal } from './CreateIndicatorModal';
import { IndicatorCatalogueQuery, RetireIndicatorMutation } from './indicators.graphql';
import { PresetCard } from './PresetCard';
import { TargetHistoryDrawer } from './TargetHistoryDrawer';
import { TargetModal } from './TargetModal';

const context = { additionalTypenames: ['Indicator', 'EffectiveTarget', 'IndicatorSettings'] };

type Scope = 'company' | 'estate';

/** Company admins: the catalogue, the preset in force, company-wide and per-estate targets. */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const text = useIndicatorText();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const currentMonth = useCurrentMonth();
  const [scope, setScope] = useState<Scope>('company');
  const [estate, setEstate] = useState<{ id: string; name: string } | null>(null);
  const [showRetired, setShowRetired] = useState(false);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<CatalogueRow | null>(null);
  const [history, setHistory] = useState<CatalogueRow | null>(null);
  const estateId = scope === 'estate' ? (estate?.id ?? null) : null;

  const [{ data, fetching, error }, refetch] = useQuery({
    query: IndicatorCatalogueQuery,
    variables: { month: currentMonth, estateId },
    context,
    pause: scope === 'estate' && !estate,
  });
  const [, retire] = useMutation(RetireIndicatorMutation);

  const rows = useMemo<CatalogueRow[]>(() => {
    const targets = new Map(data?.effectiveTargets.map((e) => [e.indicatorCode, e]) ?? []);
    return (data?.indicators ?? [])
      .filter((i) => showRetired || !i.retired)
      .map((indicator) => ({ indicator, target: targets.get(indicator.code) ?? null }));
  }, [data, showRetired]);
  const scopeEstate = scope === 'estate' ? estate : null;

  const doRetire = async (row: CatalogueRow) => {
    const result = await retire({ input: { code: row.indicator.code } });
    if (result.error) message.error(errorText(result.error));
    else message.success(t('indicators.retiredMsg', { name: text.name(row.indicator) }));
  };

  return (
    <div>
      <PageHeader
        title={t('indicators.title')}
        subtitle={t('indicators.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('indicators.create.button')}
          </Button>
        }
      />
      <PresetCard currentMonth={currentMonth} mobile={mobile} />
      <Card
        variant="borderless"
        size={mobile ? 'small' : undefined}
        title={t('indicators.catalogue')}
        styles={{ body: { padding: mobile ? 12 : 20 } }}
      >
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Segmented<Scope>
            value={scope}
            onChange={setScope}
            options={[
              { value: 'company', label: t('indicators.scopeCompany') },
              { value: 'estate', label: t('indicators.scopeEstate') },
            ]}
          />
          {scope === 'estate' ? (
            <EstatePicker
              value={estate?.id}
              onChange={(id, name) => setEstate(id ? { id, name: name ?? '' } : null)}
              autoSelectFirst
              style={{ width: mobile ? '100%' : 240 }}
            />
          ) : null}
          <Checkbox checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)}>
            {t('indicators.showRetired')}
          </Checkbox>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {scope === 'estate' ? t('indicators.estateHint') : t('indicators.companyHint')}
        </Typography.Paragraph>
        {error ? (
          <QueryError
            error={error}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
            marginBottom={12}
          />
        ) : null}
        <CatalogueTable
          rows={rows}
          loading={fetching}
          mobile={mobile}
          scopeIsEstate={scope === 'estate'}
          onSetTarget={setEditing}
          onHistory={setHistory}
          onRetire={doRetire}
        />
      </Card>
      {creating ? <CreateIndicatorModal onClose={() => setCreating(false)} /> : null}
      {editing ? (
        <TargetModal
          indicator={editing.indicator}
          estate={scopeEstate}
          current={editing.target?.target ?? null}
          currentMonth={currentMonth}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {history ? (
        <TargetHistoryDrawer
          indicator={history.indicator}
          estate={scopeEstate}
          onClose={() => setHistory(null)}
        />
      ) : null}
    </div>
  );
}
