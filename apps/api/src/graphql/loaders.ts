import { auditLoaders, versionsByTemplateLoader } from '../modules/audits/index.js';
import { estateByIdLoader } from '../modules/estates/index.js';
import { estateCountByRegionLoader, regionByIdLoader } from '../modules/regions/index.js';
import { membershipsByUserLoader } from '../modules/users/index.js';
import type { Context } from './context.js';

/**
 * Per-request batch loaders: every relation field loads in one query per type, whatever the page
 * size (no N+1). Each batch runs in its own tenant transaction, so RLS applies to it too. Loaders
 * are built on first use: most requests need none of them. Each module provides its own loaders;
 * this layer only composes them.
 */
function factories(ctx: Context) {
  return {
    estateById: () => estateByIdLoader(ctx),
    regionById: () => regionByIdLoader(ctx),
    estateCountByRegion: () => estateCountByRegionLoader(ctx),
    membershipsByUser: () => membershipsByUserLoader(ctx),
    auditTemplateVersions: () => versionsByTemplateLoader(ctx),
    audits: () => auditLoaders(ctx),
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
