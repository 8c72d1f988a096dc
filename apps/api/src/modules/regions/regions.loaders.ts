import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context.js';
import { tenantRead } from '../../lib/write.js';
import type { RegionRow } from './regions.schema.js';
import { countActiveEstates, findRegions } from './regions.store.js';

export function regionByIdLoader(ctx: Context) {
  return new DataLoader<string, RegionRow | null>(async (ids) => {
    const rows = await tenantRead(ctx, (tx, caller) => findRegions(tx, caller.companyId, ids));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Active estates per region. */
export function estateCountByRegionLoader(ctx: Context) {
  return new DataLoader<string, number>(async (ids) => {
    const rows = await tenantRead(ctx, (tx, caller) => countActiveEstates(tx, caller.companyId, ids));
    const byId = new Map(rows.map((r) => [r.regionId, r.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  });
}
