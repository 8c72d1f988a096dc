import { subject } from '@anju/domain';
import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context.js';
import { tenantRead } from '../../lib/write.js';
import type { EstateRow } from './estates.schema.js';
import { findEstates } from './estates.store.js';

/** Estates the caller may read, by id; others resolve to null (indistinguishable from missing). */
export function estateByIdLoader(ctx: Context) {
  return new DataLoader<string, EstateRow | null>(async (ids) => {
    const { rows, ability } = await tenantRead(ctx, async (tx, caller) => ({
      rows: await findEstates(tx, caller.companyId, ids),
      ability: caller.ability,
    }));
    const byId = new Map(rows.filter((r) => ability.can('read', subject('Estate', r))).map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
