import type { Tx } from '../../db/client.js';

/** What a write of staff, certificate or training records changed, for those computed from them. */
export interface StaffRecordsChange {
  companyId: string;
  estateId: string;
  now: Date;
  /** Months (`YYYY-MM`) the change reaches beyond the current ones (a training record's month). */
  months?: readonly string[];
}

export type StaffRecordsListener = (tx: Tx, change: StaffRecordsChange) => Promise<unknown>;

const listeners = new Set<StaffRecordsListener>();

/**
 * Follows every write of staff records, in the writing transaction (the staffing indicators are
 * recomputed this way). The same listener registered twice runs once; the answer unregisters it.
 */
export function onStaffRecordsChanged(listener: StaffRecordsListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by each write of this module before its transaction commits. */
export async function staffRecordsChanged(tx: Tx, change: StaffRecordsChange): Promise<void> {
  for (const listener of listeners) await listener(tx, change);
}
