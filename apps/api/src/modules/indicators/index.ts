/** The indicators module's public surface: the catalogue, targets, their views and sources. */
export { IndicatorResolver } from './indicators.resolver.js';
export { customIndicators, indicatorPresets, indicatorTargets } from './indicators.schema.js';
export { type Catalogue, type CatalogueEntry, loadCatalogue } from './indicators.store.js';
export { Indicator, TargetValue } from './indicators.types.js';
export { targetLabeller, toIndicator, toTargetValue } from './indicators.views.js';
export {
  clearSources,
  type IndicatorSource,
  isComputed,
  registerIndicatorSource,
  setSourcesAside,
  sourceOf,
} from './sources.js';
