import { builtInIndicator, type Target } from '@anju/domain';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorUnit, TargetOp } from '../../gql/graphql';
import { SHORT_NAMES } from './shortNames';

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

const OPS: Record<TargetOp, Target['op']> = {
  AT_LEAST: '>=',
  MORE_THAN: '>',
  AT_MOST: '<=',
  LESS_THAN: '<',
  EQUALS: '=',
};

/** The API's target (`AT_LEAST 98`) as the domain's (`>= 98`), for `judge()` in the browser. */
export function toDomainTarget(t: { op: TargetOp; value: number } | null | undefined): Target | null {
  return t ? { op: OPS[t.op], value: t.value } : null;
}

interface Named {
  code: string;
  nameZh: string;
  nameEn: string;
}

interface Counted {
  code: string;
  numeratorLabel: string;
  denominatorLabel?: string | null;
  /** The API's English labels, when the query asked for them (company indicators have them too). */
  numeratorLabelEn?: string | null;
  denominatorLabelEn?: string | null;
}

/** English of a built-in indicator from the shared catalogue (the API's `…En` fields say the same). */
const builtInEn = (code: string) => builtInIndicator(code);

/** Indicator names and values in the current language. */
export function useIndicatorText() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');

  const name = useCallback((ind: Named) => (zh ? ind.nameZh : ind.nameEn), [zh]);
  const shortName = useCallback(
    (ind: Named) => {
      const short = SHORT_NAMES[ind.code];
      if (short) return zh ? short.zh : short.en;
      return zh ? ind.nameZh : ind.nameEn;
    },
    [zh],
  );
  /** `99.2%`, `0.8 次/年` (compact: `0.8/年`), `3`; a dash without a value. */
  const value = useCallback(
    (v: number | null | undefined, unit: IndicatorUnit, compact = false) => {
      if (v == null) return '—';
      const n = number.format(v);
      if (unit === 'PERCENT') return `${n}%`;
      if (unit === 'COUNT_PER_YEAR')
        return compact ? `${n}${t('indicator.perYearShort')}` : `${n} ${t('indicator.perYear')}`;
      return n;
    },
    [t],
  );
  /** What the numerator counts: the API's or the catalogue's English, else the stored label. */
  const numeratorLabel = useCallback(
    (ind: Counted) =>
      zh
        ? ind.numeratorLabel
        : (ind.numeratorLabelEn ?? builtInEn(ind.code)?.numeratorLabelEn ?? ind.numeratorLabel),
    [zh],
  );
  const denominatorLabel = useCallback(
    (ind: Counted) =>
      zh
        ? (ind.denominatorLabel ?? null)
        : (ind.denominatorLabelEn ?? builtInEn(ind.code)?.denominatorLabelEn ?? ind.denominatorLabel ?? null),
    [zh],
  );
  const description = useCallback(
    (ind: { code: string; descriptionZh: string; descriptionEn?: string | null }) =>
      zh ? ind.descriptionZh : (ind.descriptionEn ?? builtInEn(ind.code)?.descriptionEn ?? ind.descriptionZh),
    [zh],
  );
  return useMemo(
    () => ({ name, shortName, value, numeratorLabel, denominatorLabel, description }),
    [name, shortName, value, numeratorLabel, denominatorLabel, description],
  );
}
