import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context.js';
import { tenantRead } from '../../lib/write.js';
import { membershipsOf } from './users.store.js';
import type { Membership } from './users.types.js';

export function membershipsByUserLoader(ctx: Context) {
  return new DataLoader<string, Membership[]>(async (ids) => {
    const rows = await tenantRead(ctx, (tx, caller) => membershipsOf(tx, caller.companyId, ids));
    return ids.map((id) => rows.filter((m) => m.userId === id));
  });
}
