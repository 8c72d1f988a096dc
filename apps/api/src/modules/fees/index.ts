/** The fees module's public surface (issue 11 item 5): the table, the resolver, the indicator source. */
export { feeCollectionSource, registerFeeIndicatorSource } from './fees.indicators.js';
export { FeeResolver } from './fees.resolver.js';
export * from './fees.schema.js';
