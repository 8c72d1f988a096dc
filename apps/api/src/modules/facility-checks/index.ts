/** The facility-checks module's public surface (issue 11 item 5): the table, the resolver, the indicator source. */
export { facilityCheckSource, registerFacilityCheckIndicatorSource } from './facility-checks.indicators.js';
export { FacilityCheckResolver } from './facility-checks.resolver.js';
export * from './facility-checks.schema.js';
