import { Alert, Drawer, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { TargetHistoryQuery } from './indicators.graphql';

const context = { additionalTypenames: ['EffectiveTarget'] };

interface Props {
  indicator: IndicatorFieldsFragment;
  estate: { id: string; name: string } | null;
  onClose(): void;
}

/** Every change of one target (company-wide or one estate's), newest first. */
export function TargetHistoryDrawer({ indicator, estate, onClose }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const text = useIndicatorText();
  const errorText = useErrorText();
  const periodLabel = usePeriodLabel();
  const [{ data, fetching, error }] = useQuery({
    query: TargetHistoryQuery,
    variables: { indicatorCode: indicator.code, estateId: estate?.id ?? null },
    context,
  });
  const rows = data?.targetHistory ?? [];
  return (
    <Drawer
      open
      onClose={onClose}
      size={mobile ? '100%' : 480}
      title={t('indicators.history.title', {
        name: text.name(indicator),
        scope: estate?.name ?? t('indicators.scopeCompany'),
      })}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('indicators.history.presets', {
          a: indicator.presetA?.label ?? '—',
          b: indicator.presetB?.label ?? '—',
        })}
      </Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon title={errorText(error)} />
      ) : fetching && !data ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty description={t('indicators.history.empty')} />
      ) : (
        <Timeline
          items={rows.map((r) => ({
            key: r.id,
            content: (
              <div>
                <Typography.Text strong>
                  {r.target ? r.target.label : t('indicators.history.removed')}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {t('indicators.history.from', { month: periodLabel(r.effectiveMonth) })}
                </Typography.Text>
                {r.reason ? <div style={{ fontSize: 13 }}>{r.reason}</div> : null}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.setByName ?? '—'} · {formatDateTime(r.setAt)}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
