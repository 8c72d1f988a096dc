import type { Judgement } from '../../gql/graphql';

export const JUDGEMENTS: readonly Judgement[] = ['MET', 'MISSED', 'NO_DATA', 'NO_TARGET'];

export interface Tone {
  /** Cell background. */
  bg: string;
  /** Text on that background (contrast ≥ 4.5:1). */
  fg: string;
  /** antd Tag colour. */
  tag: string;
}

/**
 * One palette for every page: green met, red missed, grey without data, neutral (white) where no
 * target was committed, so a missing figure never looks like a kept promise.
 */
export const TONES: Record<Judgement, Tone> = {
  MET: { bg: '#dcf2e3', fg: '#14622c', tag: 'success' },
  MISSED: { bg: '#fad9d9', fg: '#a3161f', tag: 'error' },
  NO_DATA: { bg: '#eceef2', fg: '#6b7280', tag: 'default' },
  NO_TARGET: { bg: '#ffffff', fg: '#3f4652', tag: 'default' },
};

export function toneOf(judgement: Judgement): Tone {
  return TONES[judgement];
}
