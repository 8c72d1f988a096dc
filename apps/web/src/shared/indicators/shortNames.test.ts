import { BUILT_IN_INDICATORS } from '@anju/domain';
import { describe, expect, it } from 'vitest';
import { CJK } from '../../test/render';
import { SHORT_NAMES } from './shortNames';

describe('short names of the built-in indicators', () => {
  it.each(BUILT_IN_INDICATORS.map((i) => [i.code] as const))(
    '%s has a short name in both languages',
    (code) => {
      expect(SHORT_NAMES[code]?.zh).toBeTruthy();
      expect(SHORT_NAMES[code]?.en).toBeTruthy();
      expect(CJK.test(SHORT_NAMES[code]!.en)).toBe(false);
    },
  );
});
