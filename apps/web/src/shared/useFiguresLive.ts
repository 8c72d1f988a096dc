import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import type { FiguresChangedSubscription as Event } from '../gql/graphql';
import { FiguresChangedSubscription } from './indicators/indicators.graphql';

/**
 * Calls `refetch` shortly after monthly figures change anywhere in the company (an approval in
 * another browser), once per burst: approving a month publishes one event, an import many.
 * Returns whether the live connection is up.
 */
export function useFiguresLive(
  refetch: () => void,
  options: { delayMs?: number; filter?: (e: Event['figuresChanged']) => boolean } = {},
): { connected: boolean } {
  const { delayMs = 600, filter } = options;
  const [live] = useSubscription({ query: FiguresChangedSubscription });
  const latest = useRef({ refetch, filter });
  latest.current = { refetch, filter };

  useEffect(() => {
    const event = live.data?.figuresChanged;
    if (!event) return;
    if (latest.current.filter && !latest.current.filter(event)) return;
    const timer = setTimeout(() => latest.current.refetch(), delayMs);
    return () => clearTimeout(timer);
  }, [live.data, delayMs]);

  return { connected: !live.error };
}
