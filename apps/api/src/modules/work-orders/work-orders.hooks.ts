/** What the work-orders module hooks into shared services at start: who may read its photos. */
import { registerAttachmentReader } from '../../files/index.js';
import { canReadWorkOrder } from './work-orders.access.js';
import { findWorkOrder } from './work-orders.store.js';

/** Photos attached to a work order are read by whoever may read the order. */
export function registerWorkOrderHooks(): void {
  registerAttachmentReader('WorkOrder', async (tx, caller, recordId) => {
    const row = await findWorkOrder(tx, caller.companyId, recordId);
    return Boolean(row && canReadWorkOrder(caller.auth.ability, row));
  });
}
