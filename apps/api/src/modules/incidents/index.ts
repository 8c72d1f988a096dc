/** The incidents module's public surface (issue 11 item 5): the table, the resolver, the indicator source. */
export { incidentSource, registerIncidentIndicatorSource } from './incidents.indicators.js';
export { IncidentResolver } from './incidents.resolver.js';
export * from './incidents.schema.js';
