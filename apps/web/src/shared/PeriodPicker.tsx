import { PERIOD_KINDS, type PeriodKind } from '@anju/domain';
import { Flex, Segmented, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { convertPeriod, kindOf, periodOptions } from './period';
import { usePeriodLabel } from './usePeriodLabel';

const HOW_MANY: Record<PeriodKind, number> = { MONTH: 36, QUARTER: 12, HALF_YEAR: 6, YEAR: 5 };

interface Props {
  value: string;
  onChange(period: string): void;
  /** `YYYY-MM`: nothing later may be chosen. */
  currentMonth: string;
  block?: boolean;
}

/** Month, quarter, half-year or year, as the API's period strings (2025-03, 2025-Q1, 2025-H1, 2025). */
export function PeriodPicker({ value, onChange, currentMonth, block }: Props) {
  const { t } = useTranslation();
  const label = usePeriodLabel();
  const kind = kindOf(value);
  const options = useMemo(
    () => periodOptions(kind, currentMonth, HOW_MANY[kind]).map((p) => ({ value: p, label: label(p) })),
    [kind, currentMonth, label],
  );
  return (
    <Flex
      gap={8}
      wrap
      align={block ? 'stretch' : 'center'}
      vertical={block}
      style={block ? { width: '100%' } : undefined}
    >
      <Segmented<PeriodKind>
        block={block}
        value={kind}
        onChange={(k) => onChange(convertPeriod(value, k, currentMonth))}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`period.kinds.${k}`) }))}
        aria-label={t('period.kind')}
      />
      <Select
        value={value}
        onChange={onChange}
        options={options}
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('period.period')}
        style={{ width: block ? '100%' : 150 }}
        data-testid="period-select"
      />
    </Flex>
  );
}
