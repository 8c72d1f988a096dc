import { monthOfDate } from '@anju/domain';
import { useMemo } from 'react';
import { useSession } from '../app/session';

/** This month (`YYYY-MM`) in the company's time zone: the limit of every month picker. */
export function useCurrentMonth(): string {
  const { company } = useSession();
  const timeZone = company?.timeZone ?? 'Asia/Shanghai';
  // Recomputed per page visit; a page left open over midnight at month end is an accepted edge.
  return useMemo(() => monthOfDate(new Date(), timeZone), [timeZone]);
}
