/**
 * The complaints module's public surface (issue 11 item 3): the table, the resolver, the indicator
 * source the composition root registers, and what the surveys module and the demo build on.
 */
export {
  complaintFigureOf,
  complaintSource,
  monthInstants,
  recomputeChanged,
  registerComplaintIndicatorSources,
} from './complaints.indicators.js';
export { ComplaintResolver } from './complaints.resolver.js';
export * from './complaints.schema.js';
export { Complaint } from './complaints.types.js';
