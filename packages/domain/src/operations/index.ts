/** Estate operations (DOMAIN.md "Estate operations"): work orders and their commitments, complaints, fees, incidents, facility checks, activities and special services, and the figures they earn. */

export * from './complaints.js';
export * from './estate-ops.js';
export * from './repairs.js';
export * from './sla.js';
export * from './surveys.js';
export * from './work-orders.js';
export * from './zoned.js';
