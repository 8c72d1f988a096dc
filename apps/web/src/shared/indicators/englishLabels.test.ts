import { BUILT_IN_INDICATORS } from '@anju/domain';
import { describe, expect, it } from 'vitest';
import { CJK } from '../../test/render';
import { INDICATOR_LABELS_EN } from './englishLabels';
import { SHORT_NAMES } from './shortNames';

describe('English labels of the built-in indicators', () => {
  it.each(BUILT_IN_INDICATORS.map((i) => [i.code, i] as const))('%s has English labels', (code, ind) => {
    const en = INDICATOR_LABELS_EN[code];
    expect(en, `${code} missing from INDICATOR_LABELS_EN`).toBeDefined();
    expect(CJK.test(ind.nameEn)).toBe(false);
    for (const text of [en!.numerator, en!.denominator ?? '', en!.description])
      expect(CJK.test(text)).toBe(false);
    // A count has no denominator in either language.
    expect(en!.denominator === null).toBe(ind.denominatorLabel === null);
    expect(SHORT_NAMES[code]?.en).toBeTruthy();
  });

  it('has no entry for a code the catalogue does not know', () => {
    const known = new Set(BUILT_IN_INDICATORS.map((i) => i.code));
    expect(Object.keys(INDICATOR_LABELS_EN).filter((c) => !known.has(c))).toEqual([]);
  });
});
