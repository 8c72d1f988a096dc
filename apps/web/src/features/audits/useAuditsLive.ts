import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { AuditChangedSubscription } from './audits.graphql';

/**
 * Calls `onChange` for every audit event the server lets through (it filters by ability and by
 * the spot-check rule), so pages refetch what they show without a reload.
 */
export function useAuditsLive(
  onChange: () => void,
  vars: { estateId?: string | null; auditId?: string | null } = {},
) {
  const latest = useRef(onChange);
  latest.current = onChange;
  const [state] = useSubscription({
    query: AuditChangedSubscription,
    variables: { estateId: vars.estateId ?? null, auditId: vars.auditId ?? null },
  });
  const last = state.data?.auditChanged;
  useEffect(() => {
    if (last) latest.current();
  }, [last]);
  return { connected: !state.error && !state.stale };
}
