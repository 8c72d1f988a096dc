/** Estate operations (DOMAIN.md "Estate operations"): work orders, their service commitments and the repair figures. */

export * from './complaints.js';
export * from './repairs.js';
export * from './sla.js';
export * from './surveys.js';
export * from './work-orders.js';
export * from './zoned.js';
