import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabelParts } from './period';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2025年3月 / 2025年第1季度 / 2025年上半年 / 2025年 (Mar 2025, Q1 2025, H1 2025, 2025). */
export function usePeriodLabel() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (period: string) => {
      const { key, year, index } = periodLabelParts(period);
      const zh = i18n.language.startsWith('zh');
      switch (key) {
        case 'MONTH':
          return t('period.labels.MONTH', { year, month: zh ? index : EN_MONTHS[index - 1] });
        case 'QUARTER':
          return t('period.labels.QUARTER', { year, index });
        case 'HALF_YEAR':
          return t(index === 1 ? 'period.labels.H1' : 'period.labels.H2', { year });
        case 'YEAR':
          return t('period.labels.YEAR', { year });
      }
    },
    [t, i18n],
  );
}
