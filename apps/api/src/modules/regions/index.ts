/** The regions module's public surface. */
export { estateCountByRegionLoader, regionByIdLoader } from './regions.loaders.js';
export { RegionResolver } from './regions.resolver.js';
export { type RegionRow, regions } from './regions.schema.js';
export { findRegion, findRegions, listRegions } from './regions.store.js';
export { ArchiveInput, Region } from './regions.types.js';
