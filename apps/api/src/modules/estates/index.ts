/** The estates module's public surface: the estate every estate-scoped module starts from. */
export { estateByIdLoader } from './estates.loaders.js';
export { EstateResolver } from './estates.resolver.js';
export { type EstateRow, estates } from './estates.schema.js';
export {
  activeEstatesWhere,
  estateColumns,
  findEstate,
  findEstates,
  findEstatesByCodes,
} from './estates.store.js';
export { Estate, EstateTypeEnum } from './estates.types.js';
