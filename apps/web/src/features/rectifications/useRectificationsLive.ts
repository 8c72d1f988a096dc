import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { RectificationChangedSubscription } from './rectifications.graphql';

/** Calls `refetch` shortly after a rectification the caller may read changes; answers whether live. */
export function useRectificationsLive(
  refetch: () => void,
  filter?: (rectificationId: string) => boolean,
): { connected: boolean } {
  const [live] = useSubscription({ query: RectificationChangedSubscription });
  const latest = useRef({ refetch, filter });
  latest.current = { refetch, filter };
  useEffect(() => {
    const event = live.data?.rectificationChanged;
    if (!event) return;
    if (latest.current.filter && !latest.current.filter(event.rectificationId)) return;
    const timer = setTimeout(() => latest.current.refetch(), 400);
    return () => clearTimeout(timer);
  }, [live.data]);
  return { connected: !live.error };
}
