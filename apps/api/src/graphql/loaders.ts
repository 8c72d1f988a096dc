import { subject } from '@anju/domain';
import DataLoader from 'dataloader';
import type { Tx } from '../db/client.js';
import { withTenant } from '../db/tenant.js';
import type { EstateRow } from '../modules/estates/estates.schema.js';
import { findEstates } from '../modules/estates/estates.store.js';
import type { RegionRow } from '../modules/regions/regions.schema.js';
import { countActiveEstates, findRegions } from '../modules/regions/regions.store.js';
import { membershipsOf } from '../modules/users/users.store.js';
import type { Membership } from '../modules/users/users.types.js';
import { type Context, requireTenant } from './context.js';

/**
 * Per-request batch loaders: every relation field loads in one query per type, whatever the page
 * size (no N+1). Each batch runs in its own tenant transaction, so RLS applies to it too. Loaders
 * are built on first use: most requests need none of them.
 */
function factories(ctx: Context) {
  const tenant = <T>(fn: (tx: Tx, companyId: string) => Promise<T>) => {
    const { companyId } = requireTenant(ctx);
    return withTenant(ctx.services.database, companyId, (tx) => fn(tx, companyId));
  };
  return {
    /** Estates the caller may read; others resolve to null (indistinguishable from missing). */
    estateById: () =>
      new DataLoader<string, EstateRow | null>(async (ids) => {
        const rows = await tenant((tx, companyId) => findEstates(tx, companyId, ids));
        const { ability } = requireTenant(ctx);
        const byId = new Map(
          rows.filter((r) => ability.can('read', subject('Estate', r))).map((r) => [r.id, r]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      }),
    regionById: () =>
      new DataLoader<string, RegionRow | null>(async (ids) => {
        const rows = await tenant((tx, companyId) => findRegions(tx, companyId, ids));
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    estateCountByRegion: () =>
      new DataLoader<string, number>(async (ids) => {
        const rows = await tenant((tx, companyId) => countActiveEstates(tx, companyId, ids));
        const byId = new Map(rows.map((r) => [r.regionId, r.n]));
        return ids.map((id) => byId.get(id) ?? 0);
      }),
    membershipsByUser: () =>
      new DataLoader<string, Membership[]>(async (ids) => {
        const rows = await tenant((tx, companyId) => membershipsOf(tx, companyId, ids));
        return ids.map((id) => rows.filter((m) => m.userId === id));
      }),
  };
}

type Factories = ReturnType<typeof factories>;
export type Loaders = { [K in keyof Factories]: ReturnType<Factories[K]> };

export function createLoaders(ctx: Context): Loaders {
  const make = factories(ctx);
  const built: Partial<Loaders> = {};
  const loaders = {} as Loaders;
  for (const key of Object.keys(make) as (keyof Loaders)[]) {
    Object.defineProperty(loaders, key, {
      enumerable: true,
      get: () => {
        built[key] ??= make[key]() as never;
        return built[key];
      },
    });
  }
  return loaders;
}
